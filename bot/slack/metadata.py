"""What a modal carries between steps, in its `private_metadata`: a small typed model, checked on return.

Slack keeps `private_metadata` with the view, visible only to our app and the person's own client, and
caps it at 3,000 characters. The carried values (text typed with the command) are the only part that
can be long, so they are dropped first; the dialog then asks for the text again.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

LIMIT = 3000

Kind = Literal["flow", "answer", "decision", "correction", "closed"]


class ModalMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: Kind = Field("flow", alias="k")
    #: Where the command was typed: the consultation is posted there (or to the team channel from a DM).
    channel: str = Field("", alias="ch", max_length=50)
    dialog_id: int | None = Field(None, alias="d")
    version: int | None = Field(None, alias="v")
    #: The escalation (answer), consultation (decision) or decision (correction) the modal acts on.
    record_id: int | None = Field(None, alias="r")
    #: Which neutral action the modal's Submit button stands for.
    submit: str = Field("next", alias="s", max_length=50)
    carry: dict[str, str] = Field(default_factory=dict, alias="c")

    def dump(self) -> str:
        text = self.model_dump_json(by_alias=True, exclude_defaults=True)
        if len(text) > LIMIT:
            text = self.model_copy(update={"carry": {}}).model_dump_json(by_alias=True, exclude_defaults=True)
        return text

    @classmethod
    def load(cls, raw: str | None) -> ModalMeta | None:
        """None when the metadata is missing or not ours: the caller treats the modal as ended."""
        try:
            return cls.model_validate_json(raw or "")
        except ValidationError:
            return None
