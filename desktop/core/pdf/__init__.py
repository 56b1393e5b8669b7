"""PDF output of reports, laid out by a profile (resources/profiles/*.toml)."""
