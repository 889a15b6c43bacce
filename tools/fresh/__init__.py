"""naskah's generator of never-seen labelled documents: see README.md."""
