"""Skills: the taxonomy from files, ESCO import, aliases, text-to-skill linking and its evaluation."""
