"""Conflict Timeline: dated events extracted from news articles, on a zoomable timeline."""

__version__ = "0.1.0"
APP_NAME = "timeline_app"
