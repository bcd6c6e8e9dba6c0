"""stratdesk: build, run and print a client's marketing plan."""

__version__ = "0.1.0"

APP_NAME = "stratdesk"
ORG_NAME = "stratdesk"
FILE_SUFFIX = ".stratdesk"
