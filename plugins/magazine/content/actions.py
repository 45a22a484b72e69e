"""Read and check a session's action agenda: the actions agreed, who took them on, what came of it.

A session page lists its agenda under `action_agenda:`, one group of fields per action:

    action_agenda:
      - id: buddy-scheme                 # unique in the session: lowercase, digits, hyphens
        action: "What was agreed"        # in the file's language
        by: [Municipality of Ede, a volunteer organisation]   # organisations or roles
        themes: [work]
        state: under way                 # agreed, under way, done, stopped, not known (or Dutch)
        history:                         # each change of state: when, and who says so
          - state: agreed
            date: 2019-05-14
            source: "Report of the session"   # or title: ... and url: ...

The translation's file gives the same actions by id, with its own `action` and `by`; the themes,
the state and the history's dates and states are the same in both files (a translation may leave
them out). Every mistake is reported with its file, line and fix, as the rest of the content.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Report
from .fields import (
    SOURCES_HINT,
    day_first,
    describe,
    plain,
    read_date,
    renaming,
    shorten,
    suggestion,
)
from .frontmatter import Document
from .links import is_valid_url
from .model import ACTION_STATES, Action, ActionState, Source, StateChange
from .slugs import is_slug, slugify

FIELD = "action_agenda"
ACTION_FIELDS = ("id", "action", "by", "themes", "state", "history")
CHANGE_FIELDS = ("state", "date", "source")
# The words an editor may write for each state, in English and Dutch.
STATE_WORDS: dict[str, ActionState] = {
    "agreed": "agreed", "afgesproken": "agreed", "afgesproken actie": "agreed",
    "under way": "under-way", "underway": "under-way", "in progress": "under-way",
    "bezig": "under-way", "loopt": "under-way", "in uitvoering": "under-way",
    "done": "done", "finished": "done", "klaar": "done", "gedaan": "done", "afgerond": "done",
    "stopped": "stopped", "gestopt": "stopped", "gestaakt": "stopped",
    "not known": "not-known", "unknown": "not-known", "onbekend": "not-known",
    "niet bekend": "not-known",
}
STATE_HINT = ("write one of: agreed, under way, done, stopped, not known (in Dutch: afgesproken, "
              "bezig, klaar, gestopt, onbekend)")
AGENDA_HINT = ("write each action as a group of fields under 'action_agenda:': '- id: short-name', "
               "then 'action: ...', 'by: [...]', 'themes: [...]' and 'state: ...' under it "
               "(see CONTRIBUTING.md, 'An action agenda')")
# The template's example text (scaffold/agenda*.md): a published agenda says something of its own.
PLACEHOLDERS = ("Beschrijf hier in een zin wat er is afgesproken", "Say here in one sentence what")


@dataclass
class Entry:
    """One action as one language's file writes it, before the languages are put together."""

    id: str
    index: int  # its place in the list, for the line of a field
    text: str | None
    by: list[str] | None
    themes: list[str] | None
    state: ActionState | None
    history: list[StateChange] | None
    fields: set[str] = field(default_factory=set)  # the fields it gives


def state_of(word: Any) -> ActionState | None:
    """The state an editor's word means: "under way", "Bezig", "under-way" -> "under-way"."""
    if not isinstance(word, str):
        return None
    key = re.sub(r"[\s_-]+", " ", word.strip().lower())
    return STATE_WORDS.get(key) or STATE_WORDS.get(key.replace(" ", ""))


class AgendaReader:
    """Reads the `action_agenda` of one file into entries, reporting each mistake at its line."""

    def __init__(self, path: str, doc: Document, report: Report, themes: set[str],
                 theme_hint: Any) -> None:
        self.path = path
        self.doc = doc
        self.report = report
        self.themes = themes
        self.theme_hint = theme_hint  # the nearest theme for an unknown id

    def error(self, where: tuple[str | int, ...], message: str, hint: str) -> None:
        self.report.error(self.path, self.doc.line_at(FIELD, *where), message, hint)

    def read(self) -> list[Entry]:
        value = self.doc.meta.get(FIELD)
        if value is None or value == []:
            return []
        if not isinstance(value, list):
            self.error((), f"'{FIELD}' must be a list of actions, not {describe(value)}",
                       AGENDA_HINT)
            return []
        entries: list[Entry] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            entry = self.entry(index, item)
            if entry is None:
                continue
            if entry.id in seen:
                self.error((index, "id"), f"action {index + 1} has the same id '{entry.id}' as "
                           f"action {seen[entry.id] + 1} above",
                           "give each action of the agenda an id of its own")
                continue
            seen[entry.id] = index
            entries.append(entry)
        return entries

    def entry(self, index: int, item: Any) -> Entry | None:
        where = f"action {index + 1}"
        if not isinstance(item, dict):
            self.error((index,), f"{where} of the action agenda must be a group of fields, not "
                       f"{describe(item)}", AGENDA_HINT)
            return None
        for key in item:
            if key not in ACTION_FIELDS:
                self.error((index, str(key)), f"{where} has an unknown field '{key}'",
                           renaming(str(key), ACTION_FIELDS)
                           or f"an action has the fields {', '.join(ACTION_FIELDS)}")
        id = item.get("id")
        if not isinstance(id, str) or not id.strip():
            self.error((index,), f"{where} has no id",
                       "add 'id: short-name' (lowercase letters, digits and hyphens), "
                       "the same in both languages; articles name the action by it")
            return None
        id = id.strip()
        if not is_slug(id):
            self.error((index, "id"), f"the id '{shorten(id)}' of {where} cannot be part of a "
                       "web address", f"use lowercase letters, digits and hyphens: "
                       f"id: {slugify(id) or 'action-1'}")
            return None
        text = self.text(item, index, "action", where)
        by = self.names(item, index, where)
        themes = self.theme_list(item, index, where)
        state = None
        if "state" in item:
            state = state_of(item["state"])
            if state is None:
                self.error((index, "state"),
                           f"the state of {where} is not known: {shorten(repr(item['state']))}",
                           STATE_HINT)
        history = self.history(item, index, where) if "history" in item else None
        return Entry(id, index, text, by, themes, state, history, {str(k) for k in item})

    def text(self, item: dict[str, Any], index: int, key: str, where: str) -> str | None:
        value = item.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.error((index, key), f"'{key}' of {where} must be text, not {describe(value)}",
                       f'put it between double quotes: {key}: "..."')
            return None
        if value.strip().startswith(PLACEHOLDERS):
            self.error((index, key), f"'{key}' of {where} is still the template's example text",
                       "write what the participants agreed, as a source documents it")
            return None
        return value.strip()

    def names(self, item: dict[str, Any], index: int, where: str) -> list[str] | None:
        value = item.get("by")
        if value is None:
            return None
        if isinstance(value, str) and value.strip():
            return [value.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.error((index, "by"), f"'by' of {where} must be a list of names, not "
                       f"{describe(value)}",
                       "write the organisations or roles that took the action on: "
                       "by: [Municipality, Library]")
            return None
        return [v.strip() for v in value]

    def theme_list(self, item: dict[str, Any], index: int, where: str) -> list[str] | None:
        value = item.get("themes")
        if value is None:
            return None
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error((index, "themes"), f"'themes' of {where} must be a list of theme ids",
                       "write them between square brackets: themes: [work, health]")
            return None
        known = []
        for theme in value:
            if theme.strip() in self.themes:
                known.append(theme.strip())
            else:
                self.error((index, "themes"), f"{where} names a theme that does not exist: "
                           f"'{shorten(theme)}'", self.theme_hint(theme))
        return known

    def history(self, item: dict[str, Any], index: int, where: str) -> list[StateChange] | None:
        value = item["history"]
        if value is None or value == []:
            return []
        if not isinstance(value, list):
            self.error((index, "history"), f"the history of {where} must be a list of changes",
                       "write each change as '- state: ...' with 'date: 2019-09-01' (year-month-day) and "
                       "'source: ...' under it")
            return None
        changes: list[StateChange] = []
        for number, change in enumerate(value):
            at = (index, "history", number)
            what = f"change {number + 1} of {where}"
            if not isinstance(change, dict):
                self.error(at, f"{what} must be a group of fields, not {describe(change)}",
                           "write '- state: ...', then 'date: 2019-09-01' (year-month-day) and 'source: ...'")
                return None
            for key in change:
                if key not in CHANGE_FIELDS:
                    self.error((*at, str(key)), f"{what} has an unknown field '{key}'",
                               renaming(str(key), CHANGE_FIELDS)
                               or "a change has the fields state, date and source")
            state = state_of(change.get("state"))
            if state is None:
                self.error((*at, "state"), f"the state of {what} is missing or not known: "
                           f"{shorten(repr(change.get('state')))}", STATE_HINT)
            date = self.date(change.get("date"), (*at, "date"), what)
            source = self.source(change.get("source"), (*at, "source"), what)
            if state is None or date is None or source is None:
                return None
            if changes and date < changes[-1].date:
                self.error((*at, "date"), f"{what} is dated before the change above it",
                           "list the changes oldest first, each with the day it happened")
                return None
            changes.append(StateChange(state, date, source))
        return changes

    def date(self, value: Any, at: tuple[str | int, ...], what: str) -> dt.date | None:
        """The day a state changed, read as an article's date is (`fields.read_date`)."""
        day, impossible = read_date(value)
        if day is not None:
            return day
        written = value.strip() if isinstance(value, str) else ""
        if impossible:
            self.error(at, f"{what} is dated {written}, which does not exist: {impossible}",
                       "correct the month or the day; write year-month-day, such as "
                       "date: 2019-05-14")
        else:
            self.error(at, f"{what} has no date, or not one written as year-month-day: "
                       f"{shorten(repr(value))}",
                       f"write date: {meant}" if (meant := day_first(written)) else
                       "write the day the state changed as year-month-day: date: 2019-09-01")
        return None

    def source(self, value: Any, at: tuple[str | int, ...], what: str) -> Source | None:
        """Who says the state changed: a document's title, or a title and a web address."""
        if isinstance(value, str) and value.strip():
            return Source(value.strip())
        if isinstance(value, dict) and isinstance(value.get("title"), str) \
                and value["title"].strip() and set(value) <= {"title", "url"}:
            url = value.get("url") or ""
            if not url or (isinstance(url, str) and url.startswith(("https://", "http://"))
                           and is_valid_url(url) and " " not in url.strip()):
                return Source(value["title"].strip(), str(url).strip())
            self.error(at, f"the source of {what} has an address that is not a web address: "
                       f"{shorten(repr(url))}",
                       "write the full address, starting with https://, or leave the url out")
            return None
        self.error(at, f"{what} names no source",
                   "a change of state needs the document that says so: 'source: Title of the "
                   f"report', or a title and url under it; {SOURCES_HINT}")
        return None


def put_together(session: str, files: list[tuple[str, AgendaReader, list[Entry]]],
                 example: bool) -> list[Action]:
    """The actions of a session from its files (the original's first): the original's list and
    shared fields, each language's words. A translation's action that the original lacks, or
    whose shared fields differ, is reported."""
    if not files:
        return []
    lang, reader, entries = files[0]
    actions: dict[str, Action] = {}
    for entry in entries:
        if entry.text is None:
            if "action" not in entry.fields:
                reader.error((entry.index,), f"action {entry.index + 1} ('{entry.id}') does not "
                             "say what was agreed", "add 'action: ...': what the participants "
                             "agreed, in a sentence")
            continue
        if entry.history and entry.state is not None and entry.state != entry.history[-1].state:
            reader.error((entry.index, "state"),
                         f"the state of '{entry.id}' is {entry.state}, but its last change "
                         f"says {entry.history[-1].state}",
                         "add the change that led to the state now, or correct 'state'")
            continue
        state = entry.state or (entry.history[-1].state if entry.history else "not-known")
        action = Action(session, entry.id, entry.themes or [], state, example=example)
        action.text[lang] = entry.text
        action.by[lang] = entry.by or []
        action.history[lang] = entry.history or []
        actions[entry.id] = action
    for other_lang, other, other_entries in files[1:]:
        for entry in other_entries:
            action = actions.get(entry.id)
            if action is None and entry.id in {e.id for e in entries}:
                continue  # the original's action has a mistake of its own, reported there
            if action is None:
                other.error((entry.index, "id"), f"the original has no action '{entry.id}'",
                            suggestion(entry.id, actions) or "give the id of the action as the "
                            f"original file writes it: {', '.join(actions) or 'it has none yet'}")
                continue
            for key, mine, theirs in (
                    ("themes", entry.themes, action.themes),
                    ("state", entry.state, action.state),
                    ("history", [(c.state, c.date) for c in entry.history or []],
                     [(c.state, c.date) for c in action.history[lang]])):
                if key in entry.fields and mine is not None and mine != theirs:
                    other.error((entry.index, key), f"the {key} of action '{entry.id}' differs "
                                f"from the original's: {plain(shown(mine))}",
                                f"give the same {key} as the original ({plain(shown(theirs))}), or "
                                "leave it out of this file")
            if entry.text is not None:
                action.text[other_lang] = entry.text
                action.by[other_lang] = entry.by or action.by[lang]
                action.history[other_lang] = entry.history or action.history[lang]
    return list(actions.values())


def shown(value: Any) -> Any:
    """A value in a message the way an editor writes it."""
    if isinstance(value, list):
        return [f"{s} {d.isoformat()}" if isinstance(d, dt.date) else s
                for s, d in (v if isinstance(v, tuple) else (v, None) for v in value)]
    return value


def known_action(key: str, actions: dict[str, Action]) -> tuple[bool, str]:
    """Whether an article's `actions:` item names an action; else the fix, with the nearest."""
    if key in actions:
        return True, ""
    session, _, id = key.partition("/")
    if not id:
        same_id = [a.key for a in actions.values() if a.id == key]
        near = f"did you mean '{same_id[0]}'?" if same_id else suggestion(key, actions)
        return False, (f"write it as session/action; {near}" if near
                       else "write it as session/action, with the names on the session's page")
    in_session = [a.id for a in actions.values() if a.session == session]
    near = suggestion(key, actions)
    if in_session and not near:
        near = (f"the actions of '{session}' are: {', '.join(in_session)}")
    return False, near or ("the actions with an id are: " + (", ".join(actions) or "none yet")
                           + " (action_agenda in the files of docs/sessions/)")


__all__ = ["ACTION_STATES", "AgendaReader", "Entry", "known_action", "put_together", "state_of"]
