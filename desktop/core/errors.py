"""Errors the user can act on (bad files, unreadable database) carry a coded message."""

from desktop.core.messages import Message


class BaocaoError(Exception):
    """A failure caused by user data or the environment; its message is shown, nothing is changed."""

    def __init__(self, code: str, /, **context: object) -> None:
        self.message = Message(code, context)
        super().__init__(self.message.text("vi"))

    @property
    def code(self) -> str:
        return self.message.code

    def text(self, lang: str = "vi") -> str:
        return self.message.text(lang)


class TemplateError(BaocaoError):
    """A template file in forms/ is missing, unreadable or does not match the schema."""


class ReportFileError(BaocaoError):
    """A report JSON file is unreadable or does not match the schema."""


class StoreError(BaocaoError):
    """The database cannot be opened, read or written."""
