"""The check's words in the editor's language: one table, English and Dutch side by side.

The content model reports its problems in English, the words its tests read. `localize` gives a
diagnostic in the magazine's language by finding its row in `TEXTS`: each English text is a
template whose `{placeholders}` stand for what the message names (a file, a field, a value), and
the Dutch text says the same with the same placeholders. A value that is itself a text of the
table ("there is no month 13") or a word of `WORDS` ("a number") is translated too. A message
without a row stays English; tests/test_messages.py checks that every message the check's tests
produce has its row, so a new message cannot be left out unnoticed.

`magazine check`, the build's log and the preview's banner speak the default language of
`mkdocs.yml` (`magazine check --lang en` speaks English).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .diagnostics import Diagnostic

# (English, Dutch): the problems first, then the fixes. A more particular text stands before a
# more general one that would also match it.
TEXTS: tuple[tuple[str, str], ...] = (
    # -- the file and its fields ------------------------------------------------------------
    ("the file is empty", "het bestand is leeg"),
    ("start from the template: copy plugins/magazine/scaffold/article.md",
     "begin met het sjabloon: kopieer plugins/magazine/scaffold/article.md"),
    ("the file is not UTF-8 text", "het bestand is niet als UTF-8-tekst bewaard"),
    ("the file cannot be read as UTF-8 text", "het bestand is niet als UTF-8-tekst te lezen"),
    ("save it as UTF-8; most editors offer this under 'Save with encoding'",
     "bewaar het als UTF-8; de meeste editors hebben daarvoor 'Opslaan met codering'"),
    ("the file cannot be read: {error}", "het bestand kan niet gelezen worden: {error}"),
    ("the file is {size} KB; the limit is {limit} KB",
     "het bestand is {size} KB; meer dan {limit} KB kan niet"),
    ("the file does not start with its fields between two '---' lines",
     "het bestand begint niet met de velden tussen twee regels '---'"),
    ("the first line must be '---', then the fields, then a closing '---'",
     "zet '---' op de eerste regel, dan de velden, dan weer een regel '---'"),
    ("the fields at the top are not closed", "de velden bovenaan worden niet afgesloten"),
    ("add a line '---' after the last field", "zet een regel '---' na het laatste veld"),
    ("the top of the file holds no fields", "bovenaan staan geen velden"),
    ("write one 'name: value' per line, such as 'title: My title'",
     "schrijf één 'naam: waarde' per regel, zoals 'title: Mijn titel'"),
    ("the quote that opens here is never closed",
     "het aanhalingsteken dat hier begint, wordt niet gesloten"),
    ("end the value with the same quote it starts with: {line}",
     "sluit de waarde af met hetzelfde aanhalingsteken: {line}"),
    ("a value starts with the sign '!', which is not allowed",
     "een waarde begint met het teken '!', en dat mag niet"),
    ("fields hold only text, dates and lists; remove the '!' or put the value between double "
     "quotes",
     "velden bevatten alleen tekst, datums en lijsten; haal de '!' weg of zet de waarde tussen "
     "dubbele aanhalingstekens"),
    ("a value starts with & or *, which is not allowed",
     "een waarde begint met & of *, en dat mag niet"),
    ("the fields at the top cannot be read as 'name: value'",
     "de velden bovenaan zijn niet te lezen als 'naam: waarde'"),
    ("the fields at the top cannot be read: {error}", "de velden bovenaan zijn niet te lezen: {error}"),
    ("check the values against the template: text, dates (2019-05-14) and lists",
     "vergelijk de waarden met het sjabloon: tekst, datums (2019-05-14) en lijsten"),
    ("this line of the fields cannot be read as 'name: value'",
     "deze regel van de velden is niet te lezen als 'naam: waarde'"),
    ("put a value that contains ': ' between double quotes",
     "zet een waarde met ': ' erin tussen dubbele aanhalingstekens"),
    ("indent with spaces, not tabs", "spring in met spaties, niet met tabs"),
    ("put the value between double quotes",
     "zet de waarde tussen dubbele aanhalingstekens: title: \"...\""),
    ("check the indentation and quotes on this line",
     "schrijf de regel als 'naam: waarde', zonder inspringen, en controleer de aanhalingstekens"),
    ('the curly quotes (“ ”) pasted from a word processor are not quotes here: type straight '
     'double quotes (") around the value',
     'de krullende aanhalingstekens (“ ”) uit een tekstverwerker tellen hier niet: typ rechte '
     'aanhalingstekens (") om de waarde'),
    ("the fields contain an invisible character ({code})",
     "in de velden staat een onzichtbaar teken ({code})"),
    ("retype this line; pasted text can carry characters that are not allowed",
     "typ deze regel opnieuw; geplakte tekst kan onzichtbare tekens bevatten"),
    ("the line '{line}' is still as the template has it",
     "de regel '{line}' komt nog ongewijzigd uit het sjabloon"),
    ("write '{field}: ...' with your value, or remove the line",
     "schrijf '{field}: ...' met je eigen waarde, of haal de regel weg"),
    ("the field '{field}' is given twice", "het veld '{field}' staat er twee keer"),
    ("keep one '{field}:' line (the first is on line {line})",
     "houd één regel '{field}:' over (de eerste staat op regel {line})"),
    ("the required field '{field}' is missing or empty",
     "het veld '{field}' ontbreekt of is leeg, en is verplicht"),
    ("add a line '{field}: ...' to the fields at the top",
     "zet een regel '{field}: ...' bij de velden bovenaan"),
    ("write a list: authors: [first, second]",
     "schrijf een lijst: authors: [Eerste Naam, Tweede Naam]"),
    ("the field '{typed}' should be called '{field}'",
     "het veld '{typed}' heet '{field}'"),
    ("write '{field}:' instead of '{typed}:'", "schrijf '{field}:' in plaats van '{typed}:'"),
    ("unknown field '{field}' is ignored", "het veld '{field}' bestaat niet en wordt overgeslagen"),
    ("did you mean '{name}'?", "bedoel je '{name}'?"),
    ("the fields are: {fields}", "de velden zijn: {fields}"),
    ("the field '{field}' is not allowed in content", "het veld '{field}' mag niet in een tekst"),
    ("remove the line '{field}: ...'; {why}", "haal de regel '{field}: ...' weg; {why}"),
    ("the magazine chooses each page's template", "het magazine kiest de vormgeving van elke pagina"),
    ("the magazine decides each page's address", "het magazine bepaalt het adres van elke pagina"),
    ("'{field}' must be text, not {kind}", "'{field}' moet tekst zijn, geen {kind}"),
    ("put the value between double quotes: {line}",
     "zet de waarde tussen dubbele aanhalingstekens: {line}"),
    ("'{field}' must be a list, not a single text", "'{field}' moet een lijst zijn, niet één tekst"),
    ("'{field}' must be a list, not {kind}", "'{field}' moet een lijst zijn, geen {kind}"),
    ("write it between square brackets: {line}", "zet het tussen vierkante haken: {line}"),
    ("item {n} of '{field}' must be text, not {kind}",
     "nummer {n} van '{field}' moet tekst zijn, geen {kind}"),
    ("write each item as plain text between the square brackets",
     "schrijf elk onderdeel als gewone tekst tussen de vierkante haken"),
    ("'{field}' is not a date written as year-month-day: {value}",
     "'{field}' is geen datum als jaar-maand-dag: {value}"),
    ("write year-month-day, such as {field}: 2019-05-14",
     "schrijf jaar-maand-dag, zoals {field}: 2019-05-14"),
    ("add the line {field}: 2019-05-14, with the article's own date",
     "zet de regel {field}: 2019-05-14 erbij, met de datum van het artikel"),
    ("write date: {value}", "schrijf date: {value}"),
    ("write themes: {value}", "schrijf themes: {value}"),
    ("write session: {value}", "schrijf session: {value}"),
    ("'{field}' {value} does not exist: {why}", "'{field}' {value} bestaat niet: {why}"),
    ("correct the month or the day; write year-month-day, such as {field}: 2019-05-14",
     "verbeter de maand of de dag; schrijf jaar-maand-dag, zoals {field}: 2019-05-14"),
    ("there is no month {n}", "er is geen maand {n}"),
    ("there is no year {n}", "er is geen jaar {n}"),
    ("{month} {year} has {days} days, not {day}", "{month} {year} heeft {days} dagen, niet {day}"),
    ("'{field}' must be a whole number from 1 up, not {value}",
     "'{field}' moet een heel getal vanaf 1 zijn, niet {value}"),
    ("write it without quotes, for example number: 4",
     "schrijf het zonder aanhalingstekens, bijvoorbeeld number: 4"),
    ("'status' must be one of published, draft, example, not {value}",
     "'status' moet published (gepubliceerd), draft (concept) of example (voorbeeld) zijn, "
     "niet {value}"),
    ("write status: {value}", "schrijf status: {value}"),
    ("author {n} '{name}' starts with a small letter: it may be the end of {rest}",
     "auteur {n} '{name}' begint met een kleine letter: misschien het eind van {rest}"),
    # -- the article and its translation --------------------------------------------------
    ("there is no English version of this article yet",
     "er is nog geen Engelse versie van dit artikel"),
    ("there is no Dutch version of this article yet",
     "er is nog geen Nederlandse versie van dit artikel"),
    ("add {path}; until then readers see the original, marked as such",
     "voeg {path} toe; tot dan zien lezers het origineel, met een melding"),
    ("'{field}' is still the template's example text",
     "'{field}' is nog de voorbeeldtekst uit het sjabloon"),
    ("write the article's own {field}, or keep 'status: draft' until it is ready",
     "schrijf de eigen {field} van het artikel, of laat 'status: draft' staan tot het af is"),
    ("the text is still the template's example text",
     "de tekst is nog de voorbeeldtekst uit het sjabloon"),
    ("write the article's text here, or keep 'status: draft' until it is ready",
     "schrijf hier de tekst van het artikel, of laat 'status: draft' staan tot het af is"),
    ("the title is the same as in {path}: '{title}'", "de titel is dezelfde als in {path}: '{title}'"),
    ("translate the title into English; if it is a name that stays the same, leave it",
     "vertaal de titel in het Engels; is het een naam die hetzelfde blijft, laat hem dan staan"),
    ("translate the title into Dutch; if it is a name that stays the same, leave it",
     "vertaal de titel in het Nederlands; is het een naam die hetzelfde blijft, laat hem dan "
     "staan"),
    ("'{field}' differs from {path} (line {line}): {here} here, {there} there",
     "'{field}' is anders dan in {path} (regel {line}): {here} hier, {there} daar"),
    ("give the same {field} in both files, or leave it out of this one",
     "geef in beide bestanden dezelfde {field}, of laat het hier weg"),
    ("'{field}' differs from the other language's file: {value}",
     "'{field}' is anders dan in het bestand van de andere taal: {value}"),
    ("give the same {field} in both files: {value}",
     "geef in beide bestanden dezelfde {field}: {value}"),
    ("'status' is {here} here but {there} in {path}",
     "'status' is hier {here} maar {there} in {path}"),
    ("give the same status in both files", "geef in beide bestanden dezelfde status"),
    ("there is no theme '{theme}'", "er is geen thema '{theme}'"),
    ("the themes are: {themes} (the file names in docs/themes/)",
     "de thema's zijn: {themes} (de bestandsnamen in docs/themes/)"),
    ("there is no session '{session}'", "er is geen Maaksessie '{session}'"),
    ("the sessions are: {sessions} (the file names in docs/sessions/)",
     "de Maaksessies zijn: {sessions} (de bestandsnamen in docs/sessions/)"),
    # -- magazine print ----------------------------------------------------------------------
    ("{path}: {n} pages, for the printer", "{path}: {n} pagina's, voor de drukker"),
    ("{path}: {n} pages", "{path}: {n} pagina's"),
    # -- magazine new ------------------------------------------------------------------------
    ("'{slug}' cannot be a file name", "'{slug}' kan geen bestandsnaam zijn"),
    ("use --slug with lowercase letters, digits and hyphens",
     "geef met --slug een naam van kleine letters, cijfers en streepjes"),
    ("{path} already exists; it is not overwritten", "{path} bestaat al en wordt niet overschreven"),
    ("choose another title, or give a file name with --slug",
     "kies een andere titel, of geef een bestandsnaam met --slug"),
    ("{path} already has an action agenda", "{path} heeft al een actieagenda"),
    ("add the actions to it", "zet de acties erbij"),
    ("run 'magazine check' and correct the file first",
     "draai eerst 'magazine check' en verbeter het bestand"),
    ("wrote the action agenda's template into {path}",
     "het sjabloon van de actieagenda staat nu in {path}"),
    ("wrote {path}", "{path} geschreven"),
    ("Next: write the text, set 'status: published' when it is ready, and run 'magazine check'.",
     "Nu: schrijf de tekst, zet 'status: published' als hij klaar is, en draai 'magazine check'."),
    ("Next: write each action as a source documents it, and run 'magazine check'.",
     "Nu: schrijf elke actie op zoals een bron haar beschrijft, en draai 'magazine check'."),
    ("'agenda' is ambiguous: the programme of the day or the action agenda?",
     "'agenda' is niet duidelijk: het programma van de dag of de actieagenda?"),
    ("write the day's programme as 'programme:' and the actions the participants agreed, where a "
     "source documents them, as 'action_agenda:'",
     "schrijf het programma van de dag als 'programme:' en de afgesproken acties, als een bron "
     "ze noemt, als 'action_agenda:'"),
    ("this piece is meant for newcomers but reads harder than the site's level: {level}",
     "dit stuk is voor nieuwkomers, maar leest moeilijker dan het niveau van de site: {level}"),
    # -- action agendas -------------------------------------------------------------------
    ("'action_agenda' must be a list of actions, not text",
     "'action_agenda' moet een lijst van acties zijn, geen tekst"),
    ("'action_agenda' must be a list of actions, not {kind}",
     "'action_agenda' moet een lijst van acties zijn, geen {kind}"),
    ("write each action as a group of fields under 'action_agenda:': '- id: short-name', then "
     "'action: ...', 'by: [...]', 'themes: [...]' and 'state: ...' under it (see CONTRIBUTING.md, "
     "'An action agenda')",
     "schrijf elke actie als een groep velden onder 'action_agenda:': '- id: korte-naam', met "
     "daaronder 'action: ...', 'by: [...]', 'themes: [...]' en 'state: ...' (zie "
     "CONTRIBUTING.nl.md, 'Een actieagenda')"),
    ("action {n} of the action agenda must be a group of fields, not {kind}",
     "actie {n} van de actieagenda moet een groep velden zijn, geen {kind}"),
    ("action {n} has an unknown field '{field}'", "actie {n} heeft een onbekend veld '{field}'"),
    ("an action has the fields {fields}", "een actie heeft de velden {fields}"),
    ("action {n} has no id", "actie {n} heeft geen id (een korte naam)"),
    ("add 'id: short-name' (lowercase letters, digits and hyphens), the same in both languages; "
     "articles name the action by it",
     "schrijf 'id: korte-naam' (kleine letters, cijfers en streepjes), in beide talen dezelfde; "
     "artikelen noemen de actie daarmee"),
    ("the id '{id}' of action {n} cannot be part of a web address",
     "de id '{id}' van actie {n} kan geen deel van een webadres zijn"),
    ("use lowercase letters, digits and hyphens: id: {id}",
     "gebruik kleine letters, cijfers en streepjes: id: {id}"),
    ("action {n} has the same id '{id}' as action {m} above",
     "actie {n} heeft dezelfde id '{id}' als actie {m} erboven"),
    ("give each action of the agenda an id of its own", "geef elke actie van de agenda een eigen id"),
    ("action {n} ('{id}') does not say what was agreed",
     "actie {n} ('{id}') zegt niet wat er is afgesproken"),
    ("add 'action: ...': what the participants agreed, in a sentence",
     "schrijf 'action: ...': wat de deelnemers afspraken, in één zin"),
    ("'{field}' of action {n} must be text, not {kind}",
     "'{field}' van actie {n} moet tekst zijn, geen {kind}"),
    ('put it between double quotes: {field}: "..."',
     'zet het tussen dubbele aanhalingstekens: {field}: "..."'),
    ("'{field}' of action {n} is still the template's example text",
     "'{field}' van actie {n} is nog de voorbeeldtekst uit het sjabloon"),
    ("write what the participants agreed, as a source documents it",
     "schrijf wat de deelnemers afspraken, zoals een bron het beschrijft"),
    ("'by' of action {n} must be a list of names, not {kind}",
     "'by' van actie {n} moet een lijst van namen zijn, geen {kind}"),
    ("write the organisations or roles that took the action on: by: [Municipality, Library]",
     "schrijf de organisaties of rollen die de actie oppakten: by: [Gemeente, Bibliotheek]"),
    ("'themes' of action {n} must be a list of theme ids",
     "'themes' van actie {n} moet een lijst van thema's zijn"),
    ("write them between square brackets: themes: [work, health]",
     "zet ze tussen vierkante haken: themes: [work, health]"),
    ("action {n} names a theme that does not exist: '{theme}'",
     "actie {n} noemt een thema dat niet bestaat: '{theme}'"),
    ("the state of action {n} is not known: {value}",
     "de stand van actie {n} bestaat niet: {value}"),
    ("write one of: agreed, under way, done, stopped, not known (in Dutch: afgesproken, bezig, "
     "klaar, gestopt, onbekend)",
     "schrijf een van: afgesproken, bezig, klaar, gestopt, onbekend (in het Engels: agreed, "
     "under way, done, stopped, not known)"),
    ("the state of '{id}' is {state}, but its last change says {last}",
     "de stand van '{id}' is {state}, maar de laatste verandering zegt {last}"),
    ("add the change that led to the state now, or correct 'state'",
     "voeg de verandering toe die tot de stand van nu leidde, of verbeter 'state'"),
    # the history of an action: its changes of state
    ("the history of action {n} must be a list of changes",
     "het verloop ('history') van actie {n} moet een lijst van veranderingen zijn"),
    ("write each change as '- state: ...' with 'date: 2019-09-01' (year-month-day) and "
     "'source: ...' under it",
     "schrijf elke verandering als '- state: ...' met daaronder 'date: ...' (jaar-maand-dag, "
     "zoals 2019-09-01) en 'source: ...'"),
    ("change {c} of action {n} must be a group of fields, not {kind}",
     "verandering {c} van actie {n} moet een groep velden zijn, geen {kind}"),
    ("write '- state: ...', then 'date: 2019-09-01' (year-month-day) and 'source: ...'",
     "schrijf '- state: ...', met daaronder 'date: ...' (jaar-maand-dag, zoals 2019-09-01) en "
     "'source: ...'"),
    ("change {c} of action {n} has an unknown field '{field}'",
     "verandering {c} van actie {n} heeft een onbekend veld '{field}'"),
    ("a change has the fields state, date and source",
     "een verandering heeft de velden state, date en source"),
    ("the state of change {c} of action {n} is missing or not known: {value}",
     "de stand bij verandering {c} van actie {n} ontbreekt of bestaat niet: {value}"),
    ("change {c} of action {n} has no date, or not one written as year-month-day: {value}",
     "verandering {c} van actie {n} heeft geen datum, of geen datum zoals 2019-09-01: {value}"),
    ("change {c} of action {n} is dated {value}, which does not exist: {why}",
     "verandering {c} van actie {n} heeft de datum {value}, en die bestaat niet: {why}"),
    ("write the day the state changed as year-month-day: date: 2019-09-01",
     "schrijf de dag waarop de stand veranderde als jaar-maand-dag: date: 2019-09-01"),
    ("change {c} of action {n} is dated before the change above it",
     "verandering {c} van actie {n} heeft een datum van vóór de verandering erboven"),
    ("list the changes oldest first, each with the day it happened",
     "zet de oudste verandering bovenaan, elk met de dag waarop ze gebeurde"),
    ("the source of change {c} of action {n} has an address that is not a web address: {value}",
     "de bron van verandering {c} van actie {n} heeft een adres dat geen webadres is: {value}"),
    ("write the full address, starting with https://, or leave the url out",
     "schrijf het hele adres, beginnend met https://, of laat de url weg"),
    ("change {c} of action {n} names no source", "verandering {c} van actie {n} noemt geen bron"),
    ("a change of state needs the document that says so: 'source: Title of the report', or a "
     "title and url under it; {rest}",
     "bij een verandering van de stand hoort het document dat het zegt: 'source: Titel van het "
     "verslag', of daaronder een title en url; {rest}"),
    # the action agenda in the other language
    ("the original has no action '{id}'", "het origineel heeft geen actie '{id}'"),
    ("give the id of the action as the original file writes it: {ids}",
     "geef de id van de actie zoals het originele bestand hem schrijft: {ids}"),
    ("the state of action '{id}' differs from the original's: {value}",
     "de stand van actie '{id}' is anders dan in het origineel: {value}"),
    ("give the same state as the original ({value}), or leave it out of this file",
     "geef dezelfde stand als het origineel ({value}), of laat hem weg uit dit bestand"),
    ("the themes of action '{id}' differs from the original's: {value}",
     "de thema's van actie '{id}' zijn anders dan in het origineel: {value}"),
    ("give the same themes as the original ({value}), or leave it out of this file",
     "geef dezelfde thema's als het origineel ({value}), of laat ze weg uit dit bestand"),
    ("the history of action '{id}' differs from the original's: {value}",
     "het verloop van actie '{id}' is anders dan in het origineel: {value}"),
    ("give the same history as the original ({value}), or leave it out of this file",
     "geef hetzelfde verloop als het origineel ({value}), of laat het weg uit dit bestand"),
    # a session and the articles that report on its actions
    ("'status' must be one of published, example, not {value}",
     "'status' moet published (gepubliceerd) of example (voorbeeld) zijn, niet {value}"),
    ("there is no action '{key}'", "er is geen actie '{key}'"),
    ("write it as session/action, with the names on the session's page",
     "schrijf het als sessie/actie, met de id's zoals op de pagina van de Maaksessie"),
    ("write it as session/action; {near}", "schrijf het als sessie/actie; {near}"),
    ("the actions of '{session}' are: {ids}", "de acties van '{session}' zijn: {ids}"),
    ("the actions with an id are: {ids} (action_agenda in the files of docs/sessions/)",
     "de acties met een id zijn: {ids} (action_agenda in de bestanden in docs/sessions/)"),
    # -- sources --------------------------------------------------------------------------
    ("'sources' must be a list, not text", "'sources' moet een lijst zijn, geen tekst"),
    ("write each source as '- title: Name of the document' with, for a page on the web, a line "
     "'url: https://...' under it",
     "schrijf elke bron als '- title: Naam van het document', met voor een webpagina een regel "
     "'url: https://...' eronder"),
    ("source {n} has no title", "bron {n} heeft geen titel"),
    ("add 'title: ...': the name of the document or page, as a reader would look for it",
     "schrijf 'title: ...': de naam van het document of de pagina, zoals een lezer hem zoekt"),
    ("source {n} has an unknown field '{field}'", "bron {n} heeft een onbekend veld '{field}'"),
    ("a source has a title and a url", "een bron heeft een title en een url"),
    ("the url of source {n} is not a web address: {value}",
     "de url van bron {n} is geen webadres: {value}"),
    ("write the full address, starting with https://, or leave the url out for a document that is "
     "not on the web",
     "schrijf het hele adres, beginnend met https://, of laat de url weg voor een document dat "
     "niet online staat"),
    # -- file names and folders -----------------------------------------------------------
    ("the file name '{name}' cannot be part of a web address",
     "de bestandsnaam '{name}' kan geen deel van een webadres zijn"),
    ("use lowercase letters, digits and hyphens: rename it to '{name}'",
     "gebruik kleine letters, cijfers en streepjes: noem het '{name}'"),
    ("the folder '{folder}' is not read: its articles are not published",
     "de map '{folder}' wordt niet gelezen: de artikelen erin komen niet op de site"),
    ("articles live directly in {folder}: move the files there and delete the folder",
     "artikelen staan direct in {folder}: zet de bestanden daar en verwijder de map"),
    ("the file '{name}' is not used: only files ending in '.md' are articles",
     "het bestand '{name}' wordt niet gebruikt: alleen bestanden die op '.md' eindigen zijn "
     "artikelen"),
    ("rename it to '{name}'", "noem het '{name}'"),
    ("'{name}' in {folder} is not used: an article needs a name of its own",
     "'{name}' in {folder} wordt niet gebruikt: een artikel heeft een eigen naam nodig"),
    ("articles live in {folder} only: move the text of {path} here and delete it there, or "
     "rename one of them",
     "artikelen staan alleen in {folder}: zet de tekst van {path} hier en verwijder hem daar, "
     "of geef een van beide een andere naam"),
    ("the text above the list of {folder} lives in {path}; give an article its own file name, "
     "such as {example}",
     "de tekst boven de lijst van {folder} staat in {path}; geef een artikel een eigen "
     "bestandsnaam, zoals {example}"),
    ("this file and {path} would both be the page at the same address",
     "dit bestand en {path} zouden allebei dezelfde pagina op de site worden"),
    ("keep one of them; the Dutch file of '{slug}' is {path}",
     "houd er één over; het Nederlandse bestand van '{slug}' is {path}"),
    # -- links ----------------------------------------------------------------------------
    ("the link '{link}' leads to no file", "de link '{link}' wijst naar geen bestand"),
    ("write '{link}'", "schrijf '{link}'"),
    ("the path starts from the folder of this file: '../' goes up one folder, such as "
     "'../interviews/name.md'",
     "het pad begint in de map van dit bestand: '../' gaat één map omhoog, zoals "
     "'../interviews/naam.md'"),
    ("the link '{link}' leads to no article", "de link '{link}' wijst naar geen artikel"),
    ("the link '{link}' leads to no theme", "de link '{link}' wijst naar geen thema"),
    ("the link '{link}' leads to no session", "de link '{link}' wijst naar geen Maaksessie"),
    ("the sessions are: {sessions}; link to {path}", "de Maaksessies zijn: {sessions}; link naar {path}"),
    ("the themes are: {themes}; link to {path}", "de thema's zijn: {themes}; link naar {path}"),
    ("there are no sessions yet", "er zijn nog geen Maaksessies"),
    ("there are no themes yet", "er zijn nog geen thema's"),
    ("link to an existing file, such as {path}", "link naar een bestaand bestand, zoals {path}"),
    ("the link '{link}' leads to no heading '#{anchor}' in this page",
     "de link '{link}' wijst naar geen kopje '#{anchor}' op deze pagina"),
    ("the link '{link}' leads to no heading '#{anchor}' in {path}",
     "de link '{link}' wijst naar geen kopje '#{anchor}' in {path}"),
    ("{path} has no headings; link to the page without '#{anchor}'",
     "{path} heeft geen kopjes; link naar de pagina zonder '#{anchor}'"),
    ("the headings of {path} are: {headings}", "de kopjes van {path} zijn: {headings}"),
    ("the link '{link}' is the address of a page in the browser, not a file",
     "de link '{link}' is het adres van een pagina in de browser, geen bestand"),
    ("link to the file instead: '{path}'", "link naar het bestand: '{path}'"),
    ("the link '{link}' is a web address, not a file",
     "de link '{link}' is een webadres, geen bestand"),
    ("link to the Markdown file of the page, as GitHub shows it, such as {path}",
     "link naar het .md-bestand van de pagina, zoals GitHub het toont, bijvoorbeeld {path}"),
    ("the link '{link}' is not a valid address", "de link '{link}' is geen geldig adres"),
    ("'[' and ']' do not belong in a web address; check the brackets",
     "'[' en ']' horen niet in een webadres; controleer de haken"),
    ("the image '{src}' does not exist; the PDF shows a note in its place",
     "de afbeelding '{src}' bestaat niet; in de pdf staat op die plek een opmerking"),
    # -- pictures -------------------------------------------------------------------------
    ("the lead picture has no alt text ('image_alt')",
     "bij de hoofdafbeelding staat niet wat erop te zien is ('image_alt')"),
    ("add a line 'image_alt: ...' saying in a sentence what the picture shows, for readers who "
     "cannot see it",
     "zet een regel 'image_alt: ...' die in een zin zegt wat er op de afbeelding staat, voor "
     "lezers die hem niet kunnen zien"),
    ("'image_alt' is empty", "'image_alt' is leeg"),
    ("say what the picture shows", "zeg wat er op de afbeelding staat"),
    ("the picture '{picture}' has no alt text",
     "bij de afbeelding '{picture}' staat niet wat erop te zien is"),
    ("write what it shows between the square brackets: ![A sentence on what it shows]({path})",
     "schrijf tussen de vierkante haken wat erop staat: ![Een zin over wat erop staat]({path})"),
    ("write what it shows between the square brackets: {line}",
     "schrijf tussen de vierkante haken wat erop staat: {line}"),
    ("the picture '{picture}' has no credit here, but {path} credits it: '{credit}'",
     "de afbeelding '{picture}' heeft hier geen naamsvermelding, maar {path} wel: '{credit}'"),
    ("write it right after the picture: {line}", "zet hem direct na de afbeelding: {line}"),
    ("the picture's credit is not shown: '{name}' is not how a credit is written",
     "de naamsvermelding bij de afbeelding wordt niet getoond: '{name}' is niet hoe je die schrijft"),
    ("write the credit right after the picture as {line}",
     "schrijf de naamsvermelding direct na de afbeelding als {line}"),
    ("the picture '{picture}' does not exist (looked for {path})",
     "de afbeelding '{picture}' bestaat niet (gezocht: {path})"),
    ("the picture '{picture}' does not exist", "de afbeelding '{picture}' bestaat niet"),
    ("the picture '{picture}' prints soft: {width} x {height} pixels over {size} mm on page "
     "{page} of the printed edition is {ppi} ppi, below the {lowest} ppi print needs",
     "de afbeelding '{picture}' wordt onscherp gedrukt: {width} x {height} pixels over {size} mm "
     "op pagina {page} van de gedrukte editie is {ppi} ppi, minder dan de {lowest} ppi die "
     "drukwerk nodig heeft"),
    ("{file}: the {extra} page(s) before the back cover ran to {pages}, so the edition's page "
     "count is not a multiple of four; choose other pages in 'extra_pages', such as "
     "'extra_pages: [notes]'",
     "{file}: de {extra} pagina('s) voor de achterkant werden er {pages}, dus het aantal "
     "pagina's van de editie is geen viervoud; kies andere pagina's bij 'extra_pages', zoals "
     "'extra_pages: [notes]'"),
    ("{path}: the print edition cannot lay out this article ({error}); simplify its layout, "
     "such as quotes or lists inside one another many levels deep, and run 'magazine check'",
     "{path}: de gedrukte editie kan dit artikel niet opmaken ({error}); maak de opmaak "
     "eenvoudiger, zoals citaten of lijsten die diep in elkaar zitten, en voer 'magazine check' "
     "uit"),
    ("MAGAZINE_ICC_PROFILE names '{own}', which is not a file; give the path of the print "
     "shop's .icc profile, or unset it to print with the magazine's own profile (FOGRA39, "
     "coated paper)",
     "MAGAZINE_ICC_PROFILE noemt '{own}', en dat is geen bestand; geef het pad van het "
     ".icc-profiel van de drukkerij, of laat MAGAZINE_ICC_PROFILE weg om te drukken met het "
     "eigen profiel van het magazine (FOGRA39, gestreken papier)"),
    ("MAGAZINE_ICC_PROFILE names '{own}', which is not a CMYK printer profile; ask the print "
     "shop for the .icc profile of its press and paper, or unset it to print with the "
     "magazine's own profile (FOGRA39, coated paper)",
     "MAGAZINE_ICC_PROFILE noemt '{own}', en dat is geen CMYK-profiel voor een drukpers; vraag "
     "de drukkerij om het .icc-profiel van haar pers en papier, of laat MAGAZINE_ICC_PROFILE weg "
     "om te drukken met het eigen profiel van het magazine (FOGRA39, gestreken papier)"),
    ("The print edition could not be made: {error}",
     "De gedrukte editie kon niet worden gemaakt: {error}"),
    ("the contents' page numbers did not settle after {n} layouts",
     "de paginanummers van de inhoud lagen na {n} keer opmaken nog niet vast"),
    ("{path}: removed {what}; {size} pixels", "{path}: {what} verwijderd; {size} pixels"),
    ("{path}: removed {what}", "{path}: {what} verwijderd"),
    ("No picture needed cleaning.", "Geen afbeelding hoefde schoongemaakt te worden."),
    ("1 picture cleaned; commit it to publish the change",
     "1 afbeelding schoongemaakt; commit hem om de wijziging te publiceren"),
    ("{n} pictures cleaned; commit them to publish the change",
     "{n} afbeeldingen schoongemaakt; commit ze om de wijziging te publiceren"),
    ("{file}: the picture cannot be cleaned ({error}); open it on your computer, save it again "
     "as JPEG or PNG and upload it",
     "{file}: de afbeelding kan niet worden schoongemaakt ({error}); open hem op je computer, "
     "sla hem opnieuw op als JPEG of PNG en upload hem"),
    ("not in the preview (see the problems of the check)",
     "niet in het voorbeeld (zie de problemen die de controle meldt)"),
    ("No article changed.", "Geen artikel veranderd."),
    ("it prints well up to {size} mm; for this place give a picture of at least {width} x "
     "{height} pixels ({ppi} ppi)",
     "tot {size} mm wordt hij scherp gedrukt; geef voor deze plek een afbeelding van minstens "
     "{width} x {height} pixels ({ppi} ppi)"),
    ("put the picture in docs/images/ and write its path from this file, such as {path}",
     "zet de afbeelding in docs/images/ en schrijf het pad vanaf dit bestand, zoals {path}"),
    ("there is a picture of that name in docs/images/: write {path}",
     "in docs/images/ staat een afbeelding met die naam: schrijf {path}"),
    ("the picture '{picture}' lies outside the repository",
     "de afbeelding '{picture}' staat buiten de repository"),
    ("the picture '{picture}' is not a file in the repository",
     "de afbeelding '{picture}' is geen bestand in de repository"),
    ("pictures from the web are not published: {rest}",
     "afbeeldingen van het web worden niet gepubliceerd: {rest}"),
    ("the picture '{picture}' is not a path from this file",
     "de afbeelding '{picture}' is geen pad vanaf dit bestand"),
    ("the picture '{picture}' is on the web; the build fetches nothing from the network",
     "de afbeelding '{picture}' staat op het web; de site haalt niets van het internet"),
    ("save the picture in docs/images/ and write its path from this file, such as {path}",
     "bewaar de afbeelding in docs/images/ en schrijf het pad vanaf dit bestand, zoals {path}"),
    ("the picture '{picture}' is an address on the site, not a file",
     "de afbeelding '{picture}' is een adres op de site, geen bestand"),
    ("the picture '{picture}' is not in docs/, so it is not on the site",
     "de afbeelding '{picture}' staat niet in docs/, dus niet op de site"),
    ("move it to docs/images/ and write {path}", "zet hem in docs/images/ en schrijf {path}"),
    ("'{path}' is not a picture that can be read", "'{path}' is geen afbeelding die te lezen is"),
    ("save it as JPEG, PNG or WebP and upload it again",
     "bewaar hem als JPEG, PNG of WebP en upload hem opnieuw"),
    ("'{path}' is a {kind} file, which browsers do not show",
     "'{path}' is een {kind}-bestand, en dat tonen browsers niet"),
    ("save it as JPEG, PNG or WebP", "bewaar hem als JPEG, PNG of WebP"),
    ("'{path}' cannot be read: {error}", "'{path}' kan niet gelezen worden: {error}"),
    ("upload the picture again", "upload de afbeelding opnieuw"),
    ("'{path}' has too many pixels to publish (more than {n} million)",
     "'{path}' heeft te veel pixels om te publiceren (meer dan {n} miljoen)"),
    ("save it smaller, about 2400 pixels wide, and upload it again",
     "bewaar hem kleiner, zo'n 2400 pixels breed, en upload hem opnieuw"),
    ("'{path}' is {size} pixels, too small for {use}", "'{path}' is {size} pixels, te klein voor {use}"),
    ("use a picture of at least {size} pixels", "gebruik een afbeelding van minstens {size} pixels"),
    ("'{path}' is very large: {size}", "'{path}' is heel groot: {size}"),
    ("'{path}' carries {what}; the site leaves it out, but anyone can download the original from "
     "the repository",
     "'{path}' bevat {what}; de site laat dat weg, maar iedereen kan het origineel uit de "
     "repository downloaden"),
    ("remove it with: magazine pictures --clean", "haal het weg met: magazine pictures --clean"),
    # -- what a text may contain ----------------------------------------------------------
    ("split the text into several articles; pictures belong in their own files",
     "verdeel de tekst over meer artikelen; afbeeldingen horen in eigen bestanden"),
    ("write each value out in full; put a text that starts with & or * between double quotes",
     "schrijf elke waarde helemaal uit; zet een tekst die met & of * begint tussen dubbele "
     "aanhalingstekens"),
    ("a value contains an invisible character ({code})",
     "in een waarde staat een onzichtbaar teken ({code})"),
    ("retype the value without codes such as \\x0c; pasted text can carry characters that are "
     "not allowed",
     "typ de waarde opnieuw, zonder tekens zoals \\x0c; geplakte tekst kan onzichtbare tekens "
     "bevatten"),
    ("author {n} '{name}' starts with a small letter: it may be the end of a name with a comma in "
     "it, which the list splits in two",
     "auteur {n} '{name}' begint met een kleine letter: misschien het eind van een naam met een "
     "komma erin, die de lijst in tweeën knipt"),
    ("put a name that has a comma between quotes: {line}",
     "zet een naam met een komma tussen aanhalingstekens: {line}"),
    ("a style attribute is kept only for text-align",
     "een style-opmaak blijft alleen staan voor text-align"),
    ('rel="attachment" would attach a file to the PDF and is not allowed',
     'rel="attachment" zou een bestand aan de pdf hangen en mag niet'),
    ('remove rel="attachment"; link to the file instead',
     'haal rel="attachment" weg; link naar het bestand'),
    ("the text has quotes, lists or HTML inside each other {n} levels deep; the limit is {limit}",
     "de tekst zit {n} lagen diep (citaten, lijsten of HTML in elkaar); meer dan {limit} kan niet"),
    ("nest quotes and lists a few levels at most",
     "zet citaten en lijsten hoogstens een paar lagen in elkaar"),
    ("'{suffix}' is not a language of this magazine; the file is not used",
     "'{suffix}' is geen taal van dit magazine; het bestand wordt niet gebruikt"),
    ("the languages are {languages}", "de talen zijn {languages}"),
    ("this is a shortcut to '{target}', outside the repository (or to nothing); it is not "
     "published",
     "dit is een snelkoppeling naar '{target}', buiten de repository (of naar niets); hij wordt "
     "niet gepubliceerd"),
    ("the build stops before it reads docs/: see the shortcuts above",
     "de bouw van de site stopt voordat docs/ gelezen wordt: zie de snelkoppelingen hierboven"),
    ("put the file itself here instead of a shortcut, or delete the shortcut",
     "zet het bestand zelf hier in plaats van een snelkoppeling, of verwijder de snelkoppeling"),
    ("this is a shortcut to the folder '{target}'; the site does not follow shortcuts to folders",
     "dit is een snelkoppeling naar de map '{target}'; de site volgt geen snelkoppelingen naar "
     "mappen"),
    ("move the files here instead of a shortcut to the folder, or delete the shortcut",
     "zet de bestanden hier in plaats van een snelkoppeling naar de map, of verwijder de "
     "snelkoppeling"),
    ("the HTML element <{tag}> is not allowed in content",
     "de HTML-code <{tag}> mag niet in een tekst"),
    ("articles hold text, pictures and plain layout; remove it (a video or map can be a link to "
     "its page)",
     "een artikel bevat tekst, afbeeldingen en eenvoudige opmaak; haal het weg (een video of "
     "kaart kan een link naar de pagina ervan zijn)"),
    ("the HTML element <{tag}> is not shown; only its text is",
     "de HTML-code <{tag}> wordt niet getoond, alleen de tekst erin"),
    ("use Markdown or plain HTML such as <figure>, <details> and tables",
     "gebruik Markdown of eenvoudige HTML zoals <figure>, <details> en tabellen"),
    ("the attribute '{name}' runs a script and is not allowed",
     "'{name}' start een script en mag niet"),
    ('remove {name}="..."', 'haal {name}="..." weg'),
    ("the id '{id}' is one the site's own page uses",
     "de id '{id}' gebruikt de site zelf al op de pagina"),
    ("choose another id (not starting with __ or mz-), or leave it out; a heading gets one from "
     "its words",
     "kies een andere id (niet beginnend met __ of mz-), of laat hem weg; een kop krijgt er een "
     "van zijn woorden"),
    ("a '{scheme}:' address is not allowed in content", "een '{scheme}:'-adres mag niet in een tekst"),
    ("link to a web page (https://...) or to a file in the repository",
     "link naar een webpagina (https://...) of naar een bestand in de repository"),
    ("the attribute '{name}' on <{tag}> is not kept", "'{name}' bij <{tag}> wordt weggelaten"),
    ("remove it; the site's style sheet decides how content looks",
     "haal het weg; de vormgeving van de site bepaalt hoe tekst eruitziet"),
    # -- the print edition ----------------------------------------------------------------
    ("the edition has no licence, so readers may not know whether they may copy or share it",
     "de editie heeft geen licentie, dus lezers weten niet of ze hem mogen kopiëren of delen"),
    ("add a line 'licence: ...' once the makers have chosen one; never guess it",
     "zet een regel 'licence: ...' zodra de makers er een kozen; raad hem nooit"),
    ("no published article '{key}'; it is left out of the edition",
     "geen gepubliceerd artikel '{key}'; het blijft uit de editie"),
    ("write it as folder/file name without .md, such as {key}",
     "schrijf het als map/bestandsnaam zonder .md, zoals {key}"),
    ("the article '{key}' is a draft and is left out",
     "het artikel '{key}' is een concept en blijft eruit"),
    ("publish it (status: published) or take it out of the edition",
     "publiceer het (status: published) of haal het uit de editie"),
    ("the edition has no title; the site's name is used",
     "de editie heeft geen titel; de naam van de site wordt gebruikt"),
    ("add a line such as 'title: {title}'", "zet een regel zoals 'title: {title}'"),
    ("the date '{value}' is not a date", "de datum '{value}' is geen datum"),
    ("write the date as year-month-day: date: 2020-06-01",
     "schrijf de datum als jaar-maand-dag: date: 2020-06-01"),
    ("the cover image '{path}' does not exist; the cover is printed without it",
     "de omslagafbeelding '{path}' bestaat niet; de omslag wordt zonder gedrukt"),
    ("put the picture in docs/images/ and write cover: images/cover.jpg with its file name",
     "zet de afbeelding in docs/images/ en schrijf cover: images/omslag.jpg met de naam ervan"),
    ("unknown field '{field}' in the edition", "onbekend veld '{field}' in de editie"),
    ("section {n} has no list 'articles'", "deel {n} heeft geen lijst 'articles'"),
    ("write 'articles: [essays/name, interviews/name]' under the section",
     "schrijf 'articles: [essays/naam, interviews/naam]' onder het deel"),
    ("the article '{key}' is in the edition twice", "het artikel '{key}' staat twee keer in de editie"),
    ("keep it in one section; it is printed once", "houd het in één deel; het wordt één keer gedrukt"),
    ("'sections' is not a list", "'sections' is geen lijst"),
    ("write each section as '- title: ...' with 'articles: [essays/name, ...]'",
     "schrijf elk deel als '- title: ...' met 'articles: [map/naam, ...]'"),
    ("there is no edition '{name}'", "er is geen editie '{name}'"),
    ("the cover line '{key}' is not an article of this edition",
     "de omslagregel '{key}' is geen artikel van deze editie"),
    ("'cover_lines' is not a list", "'cover_lines' is geen lijst"),
    ("write 'cover_lines: [essays/name, interviews/name]' with two or three of its articles",
     "schrijf 'cover_lines: [essays/naam, interviews/naam]' met twee of drie van de artikelen"),
    ("{n} cover lines: the cover has room for three",
     "{n} omslagregels: op de omslag passen er drie"),
    ("keep the two or three articles a reader should see first",
     "houd de twee of drie artikelen die een lezer het eerst moet zien"),
    ("write {path} or choose one of: {names}", "schrijf {path} of kies een van: {names}"),
    # the action agendas and the map of the knowledge base
    ("'map' must be true or false", "'map' moet true (ja) of false (nee) zijn"),
    ("write 'map: true' to print the map of the knowledge base after the contents",
     "schrijf 'map: true' om de kaart van de kennisbank na de inhoudsopgave te drukken"),
    ("'agendas' of section {n} is not a list", "'agendas' van deel {n} is geen lijst"),
    ("write 'agendas: [name-of-the-session]' with the file names of docs/sessions/, without .md",
     "schrijf 'agendas: [naam-van-de-sessie]' met de bestandsnamen uit docs/sessions/, zonder .md"),
    ("no session '{id}'; its action agenda is left out",
     "geen Maaksessie '{id}'; de actieagenda ervan blijft uit de editie"),
    ("the sessions are: {sessions}", "de Maaksessies zijn: {sessions}"),
    ("the session '{id}' has no documented action agenda to print",
     "de Maaksessie '{id}' heeft geen beschreven actieagenda om te drukken"),
    ("take it out of 'agendas', or document its actions on its page (action_agenda)",
     "haal hem uit 'agendas', of beschrijf de acties op de pagina van de Maaksessie "
     "(action_agenda)"),
    # -- what the site publishes from docs/ and overrides/ (issue 26) -------------------------
    ("'{path}' is an HTML file, which the site does not publish: it could run script on the "
     "magazine's address",
     "'{path}' is een HTML-bestand, en dat publiceert de site niet: er zou een script mee kunnen "
     "draaien op het adres van het magazine"),
    ("write the page in Markdown as '{path}', or delete the file",
     "schrijf de pagina in Markdown als '{path}', of verwijder het bestand"),
    ("'{path}' is an SVG picture, which the site does not publish: it can hold script",
     "'{path}' is een SVG-afbeelding, en die publiceert de site niet: er kan een script in zitten"),
    ("save the picture as PNG in docs/images/ and link to that, or delete the file",
     "bewaar de afbeelding als PNG in docs/images/ en link daarnaar, of verwijder het bestand"),
    ("'{path}' is not one of the site's own style or script files (the 'assets' list in "
     "mkdocs.yml), so the site does not publish it",
     "'{path}' is geen eigen stijl- of scriptbestand van de site (de lijst 'assets' in "
     "mkdocs.yml), dus de site publiceert het niet"),
    ("delete it: only a maintainer adds style and script files to the site",
     "verwijder het: alleen een beheerder voegt stijl- en scriptbestanden aan de site toe"),
    ("'{path}' is not a page or a picture, so the site does not publish it",
     "'{path}' is geen pagina en geen afbeelding, dus de site publiceert het niet"),
    ("the site publishes pages (.md) and pictures (JPEG, PNG, WebP, GIF, HEIC): delete the file, "
     "or put a picture in docs/images/",
     "de site publiceert pagina's (.md) en afbeeldingen (JPEG, PNG, WebP, GIF, HEIC): verwijder "
     "het bestand, of zet een afbeelding in docs/images/"),
    ("'{path}' is not a template: overrides/ holds the theme's .html templates only, and the site "
     "does not publish it",
     "'{path}' is geen sjabloon: in overrides/ staan alleen de .html-sjablonen van de vormgeving, "
     "en de site publiceert het niet"),
    ("delete it; pictures go in docs/images/, and the site's own style and script files are "
     "added by a maintainer (the 'assets' list in mkdocs.yml)",
     "verwijder het; afbeeldingen horen in docs/images/, en eigen stijl- en scriptbestanden voegt "
     "een beheerder aan de site toe (de lijst 'assets' in mkdocs.yml)"),
    ("the 'assets' list names '{name}', which is not a style sheet, script or font of docs/",
     "de lijst 'assets' noemt '{name}', en dat is geen stijl-, script- of letterbestand in docs/"),
    ("name only .css, .js, .woff and .woff2 files in docs/",
     "noem alleen .css-, .js-, .woff- en .woff2-bestanden in docs/"),
    ("the 'assets' list names '{name}', but there is no file {path}",
     "de lijst 'assets' noemt '{name}', maar er is geen bestand {path}"),
    ("correct the name, or remove it from the list", "verbeter de naam, of haal hem uit de lijst"),
    # -- what hostile or careless input gets (issue 26) ---------------------------------------
    ("'{path}' is damaged: the picture breaks off before its end (an upload that did not "
     "finish?)",
     "'{path}' is beschadigd: de afbeelding houdt voor het eind op (een upload die niet af "
     "was?)"),
    ("open it on your computer, save it again as JPEG, PNG or WebP and upload it again",
     "open hem op je computer, bewaar hem opnieuw als JPEG, PNG of WebP en upload hem opnieuw"),
    ("the date {date} lies in the future: until then the article stands first on the home page "
     "and in the feeds",
     "de datum {date} ligt in de toekomst: tot dan staat het artikel bovenaan de voorpagina en in "
     "de feeds"),
    ("check the year; the date is the day the article appears",
     "kijk het jaartal na; de datum is de dag waarop het artikel verschijnt"),
    ("the title holds the emoji {emoji}, which the print edition cannot print: it shows an empty "
     "box there",
     "de titel bevat de emoji {emoji}, die de gedrukte editie niet kan drukken: daar komt een "
     "leeg vakje"),
    ("the summary holds the emoji {emoji}, which the print edition cannot print: it shows an "
     "empty box there",
     "de samenvatting bevat de emoji {emoji}, die de gedrukte editie niet kan drukken: daar komt "
     "een leeg vakje"),
    ("the description holds the emoji {emoji}, which the print edition cannot print: it shows "
     "an empty box there",
     "de beschrijving bevat de emoji {emoji}, die de gedrukte editie niet kan drukken: daar komt "
     "een leeg vakje"),
    ("the text holds the emoji {emoji}, which the print edition cannot print: it shows an empty "
     "box there",
     "de tekst bevat de emoji {emoji}, die de gedrukte editie niet kan drukken: daar komt een "
     "leeg vakje"),
    ("write it in words if it matters to the meaning; the site shows it",
     "schrijf het in woorden als het voor de betekenis telt; de site toont het wel"),
    ("the link '{link}' leads outside the repository",
     "de link '{link}' wijst naar een plek buiten de repository"),
    ("link to a page of the magazine, such as '{path}', or to a web address (https://...)",
     "link naar een pagina van het magazine, zoals '{path}', of naar een webadres (https://...)"),
    ("the language '{lang}' in '{name}' is written in capitals, so the file is not used",
     "de taal '{lang}' in '{name}' staat in hoofdletters, dus het bestand wordt niet gebruikt"),
    ("the cover image '{path}' lies outside the repository; the cover is printed without it",
     "de omslagafbeelding '{path}' staat buiten de repository; de omslag wordt zonder gedrukt"),
    ("{fix}; until then the print edition holds every published article, newest first",
     "{fix}; tot dan bevat de gedrukte editie elk gepubliceerd artikel, het nieuwste eerst"),
    ("the site address '{address}' is an example address; the print edition leaves web addresses of "
     "themes, sessions and articles out",
     "het adres van de site '{address}' is een voorbeeldadres; de gedrukte editie laat de "
     "webadressen van thema's, Maaksessies en artikelen weg"),
    ("set SITE_URL to the magazine's real address when you build the edition to print",
     "zet SITE_URL op het echte adres van het magazine als je de editie voor de drukker maakt"),
    ("retype the value: text pasted from a web page or a word processor can carry it",
     "typ de waarde opnieuw: tekst die je uit een webpagina of tekstverwerker plakt, kan zo'n "
     "teken bevatten"),
    ("U+{code}, a line separator", "U+{code}, een regelscheiding"),
    ("U+{code}, a paragraph separator", "U+{code}, een alineascheiding"),
    ("U+{code}, a next-line character", "U+{code}, een teken voor een nieuwe regel"),
    ("the link '{source}' is written with backslashes",
     "de link '{source}' is geschreven met backslashes (\\)"),
    ("the picture '{source}' is written with backslashes",
     "de afbeelding '{source}' is geschreven met backslashes (\\)"),
    ("write the path with forward slashes (/), as GitHub shows it, such as '{path}'",
     "schrijf het pad met gewone schuine strepen (/), zoals GitHub het toont, bijvoorbeeld "
     "'{path}'"),
    ("item {i} of '{field}' is {n} characters long; the limit is {limit}",
     "onderdeel {i} van '{field}' is {n} tekens lang; meer dan {limit} kan niet"),
    ("'{field}' is {n} characters long; the limit is {limit}",
     "'{field}' is {n} tekens lang; meer dan {limit} kan niet"),
    ("shorten it: it is shown on every page that lists this one; what is longer belongs in the "
     "text",
     "maak het korter: het staat op elke pagina die deze noemt; wat langer is, hoort in de tekst"),
    ("this paragraph holds so many links for its length that reading it would take minutes",
     "deze alinea heeft zoveel links voor zijn lengte dat het lezen ervan minuten zou duren"),
    ("write a link as [words](address), with its closing ')', and split a long paragraph with "
     "blank lines",
     "schrijf een link als [woorden](adres), met de ')' erachter, en verdeel een lange alinea "
     "met lege regels"),
    ("the text holds {n} HTML tags that are never closed with '>'; reading it would take minutes",
     "de tekst heeft {n} HTML-codes die nooit met '>' sluiten; het lezen ervan zou minuten duren"),
    ("write a '<' that is not a tag as &lt;, and close each tag with '>'",
     "schrijf een '<' die geen HTML-code begint als &lt;, en sluit elke HTML-code met '>'"),
    ("this text holds so many links or unclosed HTML tags that reading it would take minutes",
     "deze tekst heeft zoveel links of niet gesloten HTML-codes dat het lezen ervan minuten zou "
     "duren"),
    ("write a link as [words](address) and a '<' that is not a tag as &lt;",
     "schrijf een link als [woorden](adres) en een '<' die geen HTML-code begint als &lt;"),
    ("the text contains an invisible character ({code})",
     "in de tekst staat een onzichtbaar teken ({code})"),
    ("retype the words there; a word in Arabic or Hebrew takes its own direction without it",
     "typ de woorden daar opnieuw; een woord in het Arabisch of Hebreeuws krijgt zonder dit teken "
     "vanzelf de goede richting"),
    ("U+{code}, which changes the direction of the text",
     "U+{code}, dat de richting van de tekst omdraait"),
    ("U+{code}, a zero-width space", "U+{code}, een spatie zonder breedte"),
    ("U+{code}, a word joiner", "U+{code}, een onzichtbare verbinding tussen woorden"),
    ("U+{code}, a zero-width no-break space", "U+{code}, een harde spatie zonder breedte"),
    ("the values lie more than {n} levels inside each other (lists or groups of fields)",
     "de waarden zitten meer dan {n} lagen diep in elkaar (lijsten of groepen velden)"),
    ("write each field as in the template: text, a date, or a list",
     "schrijf elk veld zoals in het sjabloon: tekst, een datum of een lijst"),
)

# Words a message puts in its placeholders.
WORDS = {
    "a number": "getal", "yes/no": "ja/nee", "a date": "datum", "a list": "lijst",
    "a group of fields": "groep velden", "a set": "verzameling", "binary data": "binaire data",
    "nothing": "niets", "it has none yet": "het heeft er nog geen",
    "a lead picture": "een hoofdafbeelding",
    "a picture in the text": "een afbeelding in de tekst", "none yet": "nog geen",
    "the place it was taken (GPS)": "de plek waar hij gemaakt is (GPS)",
    "the camera's serial number": "het serienummer van de camera",
    "the place it was taken (GPS) and the camera's serial number":
        "de plek waar hij gemaakt is (GPS) en het serienummer van de camera",
    "location": "plek", "serial number": "serienummer", "camera data": "cameragegevens",
    "and": "en",
    "January": "januari", "February": "februari", "March": "maart", "April": "april",
    "May": "mei", "June": "juni", "July": "juli", "August": "augustus", "September": "september",
    "October": "oktober", "November": "november", "December": "december",
}
SEVERITIES = {"nl": {"error": "fout", "warning": "waarschuwing"}}


@functools.cache
def patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each English text as a pattern whose groups are its placeholders, with its Dutch text."""
    compiled = []
    for english, dutch in TEXTS:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(english))
        compiled.append((re.compile(f"^{pattern}$", re.S), dutch))
    return tuple(compiled)


def translate(text: str, lang: str) -> str:
    """`text` in `lang` (English stays English; a text without a row stays as it is)."""
    if lang != "nl" or not text:
        return text
    if text in WORDS:
        return WORDS[text]
    for pattern, dutch in patterns():
        match = pattern.match(text)
        if match:
            values = {name: translate(value, lang) for name, value in match.groupdict().items()}
            return dutch.format_map(_Missing(values))
    return text


def known(text: str) -> bool:
    """Whether `text` has its row in the table."""
    return not text or any(pattern.match(text) for pattern, _ in patterns())


def localize(diagnostic: Diagnostic, lang: str) -> Diagnostic:
    """The diagnostic in `lang`: its problem and its fix; the file and line stay."""
    if lang != "nl":
        return diagnostic
    return replace(diagnostic, message=translate(diagnostic.message, lang),
                   hint=translate(diagnostic.hint, lang))


def severity_word(severity: str, lang: str) -> str:
    return SEVERITIES.get(lang, {}).get(severity, severity)


def line(diagnostic: Diagnostic, lang: str) -> str:
    """`path:line:col: fout: problem (fix)`, in `lang`, on one line: escaped after it is
    translated, as `Diagnostic.__str__` escapes (a value from content may hold a line break)."""
    shown = localize(diagnostic, lang)
    return shown.line_with(severity_word(shown.severity, lang))


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
