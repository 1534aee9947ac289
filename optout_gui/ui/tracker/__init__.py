"""The tracker: the overview of objections, one objection's history, the complaint,
the proof PDF."""
