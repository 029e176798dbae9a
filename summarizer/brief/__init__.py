"""Stages 6 to 8: the brief chosen (one clearest sentence per fact), attributed (sources,
support, evidence, quotes, warnings) and rendered (Markdown, HTML, text); sumy's summarizers
for comparison."""
