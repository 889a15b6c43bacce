"""One module per family of document kinds; each builder takes a Doc and returns blocks."""
