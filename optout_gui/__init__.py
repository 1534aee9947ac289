"""AI Opt-Out Assistant: a step-by-step guide for objecting to Meta's AI training."""

__version__ = "0.1.0"
APP_NAME = "AI Opt-Out Assistant"
APP_ID = "optout-assistant"
