"""Measuring the analyst: labelled data sets per agency, metrics, and replaying a set as users would."""
