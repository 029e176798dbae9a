"""Stages 1 to 3: the articles read (text, web pages, links), split into sentences, cleaned
of page furniture, and kept where the other articles talk about the same thing."""
