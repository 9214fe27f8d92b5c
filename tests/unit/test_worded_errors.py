"""Errors raised `worded` keep their English template and values for the interface to translate."""

from __future__ import annotations

from storage.errors import AmbiguousName, BadFile, InvalidInput


def test_the_message_is_the_filled_template_and_both_are_kept() -> None:
    error = BadFile.worded("cannot read {path}: {reason}", path="/tmp/a.csv", reason="Permission denied")
    assert str(error) == "cannot read /tmp/a.csv: Permission denied"
    assert error.template == "cannot read {path}: {reason}"
    assert dict(error.values) == {"path": "/tmp/a.csv", "reason": "Permission denied"}
    assert BadFile("plain").template == ""  # raised the plain way: nothing to translate


def test_invalid_input_names_its_field_and_other_errors_take_their_own_arguments() -> None:
    error = InvalidInput.worded("unknown channel {channel}", channel="'fax'", field="channel")
    assert (str(error), error.field) == ("unknown channel 'fax'", "channel")
    assert InvalidInput.worded("say what the gift is").field is None
    ambiguous = AmbiguousName.worded("{name} matches several clients", ["王芳 (#1)", "王芳 (#2)"], name="王芳")
    assert ambiguous.candidates == ["王芳 (#1)", "王芳 (#2)"]


def test_words_inside_a_message_read_as_english_on_the_command_line() -> None:
    from storage.errors import EditConflict, WordList, Words

    fields = WordList((Words("{field} (you changed it too)", {"field": Words("company")}), Words("phones")))
    error = EditConflict.worded("changed: {fields}", fields=fields)
    assert str(error) == "changed: company (you changed it too), phones"
    assert str(WordList(())) == ""
