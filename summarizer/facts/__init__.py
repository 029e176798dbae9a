"""Stages 4 and 5: sentences as vectors, their similarities and clusters, the specifics they
give (figures, names), the events the articles report and the facts their sentences state."""
