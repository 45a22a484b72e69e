"""Every text the magazine's templates show, in Dutch and English, and dates in each language."""

from __future__ import annotations

import datetime as dt
import functools

from babel.dates import format_date

STRINGS: dict[str, dict[str, str]] = {
    "essay": {"nl": "Essay", "en": "Essay"},
    "interview": {"nl": "Interview", "en": "Interview"},
    "practice": {"nl": "Praktijk", "en": "Practice"},
    "essays": {"nl": "Essays", "en": "Essays"},
    "interviews": {"nl": "Interviews", "en": "Interviews"},
    "practices": {"nl": "Praktijk", "en": "Practices"},
    "by": {"nl": "Door", "en": "By"},
    "author": {"nl": "Auteur", "en": "Author"},
    "reading_time": {"nl": "Leestijd", "en": "Reading time"},
    "minutes": {"nl": "{n} min.", "en": "{n} min"},
    "themes": {"nl": "Thema's", "en": "Themes"},
    "theme": {"nl": "Thema", "en": "Theme"},
    "session": {"nl": "Maaksessie", "en": "Making Session"},
    "sessions": {"nl": "Maaksessies", "en": "Making Sessions"},
    "related": {"nl": "Gerelateerde artikelen", "en": "Related articles"},
    "linked_from": {"nl": "Artikelen die hiernaar verwijzen", "en": "Articles that link here"},
    "read_in": {"nl": "Lees dit artikel in het {language}", "en": "Read this article in {language}"},
    "only_in": {"nl": "Alleen in het {language}", "en": "Only in {language}"},
    "untranslated": {
        "nl": "Dit artikel is (nog) niet vertaald in het Nederlands. Hieronder staat de "
        "oorspronkelijke tekst in het {language}.",
        "en": "This article has not been translated into English (yet). Below is the original "
        "text in {language}.",
    },
    "example": {"nl": "Voorbeeld", "en": "Example"},
    "not_found": {"nl": "Pagina niet gevonden", "en": "Page not found"},
    "not_found_text": {
        "nl": "Deze pagina bestaat niet (meer). Misschien is het adres verkeerd overgenomen, of is "
        "het artikel verhuisd.",
        "en": "This page does not exist (any more). Perhaps the address was copied wrongly, or the "
        "article has moved.",
    },
    "not_found_home": {"nl": "Naar de voorpagina", "en": "Go to the front page"},
    "not_found_search": {"nl": "Of zoek met het zoekveld bovenaan.",
                         "en": "Or search with the search box at the top."},
    "footer_about": {"nl": "Over dit magazine", "en": "About this magazine"},
    "footer_colophon": {"nl": "Colofon", "en": "Colophon"},
    "footer_feed": {"nl": "Nieuwe artikelen (feed)", "en": "New articles (feed)"},
    "footer_question": {"nl": "Een vraag, een fout gezien of meer weten?",
                        "en": "A question, a mistake, or something to add?"},
    "footer_contact": {"nl": "Contact met de redactie", "en": "Contact the editors"},
    "footer_issues": {"nl": "Meld het in de repository (issues)",
                      "en": "Report it in the repository (issues)"},
    "all_articles": {"nl": "Alle artikelen", "en": "All articles"},
    "lead_story": {"nl": "Uitgelicht", "en": "Featured"},
    "read_more": {"nl": "Lees verder", "en": "Read on"},
    "about_magazine": {"nl": "Over dit magazine", "en": "About this magazine"},
    "example_notice": {
        "nl": "Dit is een voorbeeld: de personen en situaties zijn verzonnen. Het laat zien welke "
        "vragen bij de thema's kunnen spelen, en is geen verslag van wat iemand echt zei.",
        "en": "This is an example: the people and situations are made up. It shows which questions "
        "can arise under the themes, and is not a record of what anyone actually said.",
    },
    "draft_notice": {
        "nl": "Concept: dit artikel staat nog niet op de gepubliceerde site. Zet 'status: "
        "published' in het bestand als het klaar is.",
        "en": "Draft: this article is not on the published site yet. Set 'status: published' in "
        "its file when it is ready.",
    },
    "preview_problems": {
        "nl": "Deze voorbeeldweergave heeft fouten in de inhoud. De site wordt niet gepubliceerd "
        "tot ze hersteld zijn; een artikel met een fout staat hier zoals het het laatst werkte.",
        "en": "This preview has errors in the content. The site is not published until they are "
        "fixed; an article with an error is shown as it last worked.",
    },
    "build_problems": {  # `make preview`: every article as it is now
        "nl": "Deze voorbeeldweergave heeft fouten in de inhoud. De site wordt niet gepubliceerd "
        "tot ze hersteld zijn.",
        "en": "This preview has errors in the content. The site is not published until they are "
        "fixed.",
    },
    "articles": {"nl": "Artikelen", "en": "Articles"},
    "article_count": {"nl": "{n} artikelen", "en": "{n} articles"},
    "article_count_one": {"nl": "1 artikel", "en": "1 article"},
    "no_articles": {"nl": "Nog geen artikelen.", "en": "No articles yet."},
    "latest": {"nl": "Nieuwste", "en": "Latest"},
    "all_of": {"nl": "Alle {section}", "en": "All {section}"},
    "related_themes": {"nl": "Verwante thema's", "en": "Related themes"},
    "date": {"nl": "Datum", "en": "Date"},
    "time": {"nl": "Tijd", "en": "Time"},
    "place": {"nl": "Plaats", "en": "Place"},
    "programme": {"nl": "Programma", "en": "Programme"},
    "action_agenda": {"nl": "Actieagenda", "en": "Action agenda"},
    "action_agenda_unknown": {
        "nl": "De actieagenda van deze Maaksessie is (nog) niet beschreven in de bronnen die de "
        "redactie heeft. Weet u meer? Vul deze pagina dan aan en noem uw bron.",
        "en": "The action agenda of this Making Session is not yet documented in the sources the "
        "editors have. Do you know more? Add it to this page and name your source.",
    },
    "date_unknown": {"nl": "niet bekend", "en": "not documented"},
    # Action agendas: the actions, where they stand, and the overview of all of them.
    "actions": {"nl": "Acties", "en": "Actions"},
    "all_actions": {"nl": "Alle acties", "en": "All actions"},
    "state": {"nl": "Stand", "en": "State"},
    "state_agreed": {"nl": "Afgesproken", "en": "Agreed"},
    "state_under-way": {"nl": "Bezig", "en": "Under way"},
    "state_done": {"nl": "Klaar", "en": "Done"},
    "state_stopped": {"nl": "Gestopt", "en": "Stopped"},
    "state_not-known": {"nl": "Niet bekend", "en": "Not known"},
    "action_by": {"nl": "Opgepakt door", "en": "Taken on by"},
    "action_by_unknown": {"nl": "niet bekend", "en": "not documented"},
    "action_history": {"nl": "Wat ervan kwam", "en": "What came of it"},
    "action_history_none": {"nl": "Nog geen bron over wat ervan kwam.",
                            "en": "No source yet on what came of it."},
    "action_articles": {"nl": "Artikelen hierover", "en": "Articles about it"},
    "action_source": {"nl": "bron", "en": "source"},
    "reports_on": {"nl": "Dit artikel gaat over deze acties",
                   "en": "This article reports on these actions"},
    "theme_actions": {"nl": "Acties op dit thema", "en": "Actions on this theme"},
    "no_actions": {"nl": "Er zijn nog geen acties beschreven.",
                   "en": "No actions have been documented yet."},
    "example_agenda": {
        "nl": "Dit is een voorbeeld: deze sessie en haar acties zijn verzonnen. Ze laten zien hoe "
        "een beschreven actieagenda eruitziet, en zijn geen verslag van wat er echt gebeurde.",
        "en": "This is an example: this session and its actions are made up. They show what a "
        "documented action agenda looks like, and are not a record of what really happened.",
    },
    "filter_actions": {"nl": "Filter de acties", "en": "Filter the actions"},
    "filter_session": {"nl": "Maaksessie", "en": "Making Session"},
    "filter_state": {"nl": "Stand", "en": "State"},
    "filter_any_session": {"nl": "Alle sessies", "en": "All sessions"},
    "filter_any_state": {"nl": "Elke stand", "en": "Any state"},
    "filter_actions_shown": {"nl": "{n} van de {total} acties", "en": "{n} of {total} actions"},
    "action_count": {"nl": "{n} acties", "en": "{n} actions"},
    "action_count_one": {"nl": "1 actie", "en": "1 action"},
    "map_title": {"nl": "Kaart van de kennisbank", "en": "Map of the knowledge base"},
    "map_intro": {
        "nl": "Links de thema's, rechts de Maaksessies. Een lijn verbindt een thema met een sessie "
        "die erover ging; hoe dikker de lijn, hoe meer artikelen en acties ze delen.",
        "en": "Themes on the left, Making Sessions on the right. A line joins a theme and a "
        "session that was about it; the thicker the line, the more articles and actions they "
        "share.",
    },
    "map_list": {"nl": "De kaart in woorden", "en": "The map in words"},
    "map_no_session": {"nl": "nog geen Maaksessie", "en": "no Making Session yet"},
    "page_title": {"nl": "{title}, pagina {n}", "en": "{title}, page {n}"},
    "pager": {"nl": "Pagina's", "en": "Pages"},
    "pager_of": {"nl": "Pagina {n} van {count}", "en": "Page {n} of {count}"},
    "pager_prev": {"nl": "Vorige", "en": "Previous"},
    "pager_next": {"nl": "Volgende", "en": "Next"},
    "all_authors": {"nl": "Alle auteurs", "en": "All authors"},
    "browse_by_session": {"nl": "Per sessie", "en": "By session"},
    "browse_by_state": {"nl": "Per stand", "en": "By state"},
    "session_number": {"nl": "Maaksessie #{n}", "en": "Making Session #{n}"},
    "sources": {"nl": "Bronnen", "en": "Sources"},
    "draft": {"nl": "Concept", "en": "Draft"},
    "unknown": {"nl": "onbekend", "en": "unknown"},
    "status_title": {"nl": "Vertaalstatus", "en": "Translation status"},
    "status_article": {"nl": "Artikel", "en": "Article"},
    "status_languages": {"nl": "Talen (laatst gewijzigd)", "en": "Languages (last changed)"},
    "status_missing": {"nl": "Ontbreekt", "en": "Missing"},
    "status_outdated": {"nl": "Ouder dan het origineel", "en": "Older than the original"},
    "status_summary": {
        "nl": "{n} artikelen: {missing} zonder vertaling, {outdated} met een verouderde vertaling.",
        "en": "{n} articles: {missing} without a translation, {outdated} with an outdated "
        "translation.",
    },
    "filter": {"nl": "Filter de artikelen", "en": "Filter the articles"},
    "filter_theme": {"nl": "Thema", "en": "Theme"},
    "filter_kind": {"nl": "Soort", "en": "Kind"},
    "filter_any_theme": {"nl": "Alle thema's", "en": "All themes"},
    "filter_any_kind": {"nl": "Alle soorten", "en": "All kinds"},
    "filter_shown": {"nl": "{n} van de {total} artikelen", "en": "{n} of {total} articles"},
    "browse_by_theme": {"nl": "Per thema", "en": "By theme"},
    "browse_by_kind": {"nl": "Per soort", "en": "By kind"},
    "page_untranslated": {
        "nl": "Deze pagina is (nog) niet vertaald in het Nederlands. Hieronder staat de "
        "oorspronkelijke tekst in het {language}.",
        "en": "This page has not been translated into English (yet). Below is the original "
        "text in {language}.",
    },
    "page_original": {"nl": "Naar de oorspronkelijke pagina in het {language}",
                      "en": "Go to the original page in {language}"},
    "language.nl": {"nl": "Nederlands", "en": "Dutch"},
    "language.en": {"nl": "Engels", "en": "English"},
    # The search box in the header (site/outputs/search.py, docs/assets/search.js).
    "search_label": {"nl": "Zoeken", "en": "Search"},
    "search_placeholder": {"nl": "Zoeken", "en": "Search"},
    "search_hint": {"nl": "Typ een woord om te zoeken", "en": "Type a word to search"},
    "search_loading": {"nl": "Zoeken…", "en": "Searching…"},
    "search_none": {"nl": "Niets gevonden", "en": "Nothing found"},
    "search_one": {"nl": "1 pagina gevonden", "en": "1 page found"},
    "search_other": {"nl": "{n} pagina's gevonden", "en": "{n} pages found"},
    "search_reset": {"nl": "Wissen", "en": "Clear"},
    "search_unavailable": {
        "nl": "Zoeken werkt in de gebouwde site (make site), niet in dit voorbeeld.",
        "en": "Search works in the built site (make site), not in this preview.",
    },
    # The print edition.
    "print_edition": {"nl": "Het magazine als PDF", "en": "The magazine as PDF"},
    "print_edition_hint": {"nl": "om op een scherm te lezen of thuis te printen",
                           "en": "to read on a screen or print at home"},
    "printer_pdf": {"nl": "Drukbestand", "en": "Printer's file"},
    "printer_pdf_hint": {"nl": "PDF/X-4 voor de drukker, met snijtekens en 3 mm afloop",
                         "en": "PDF/X-4 for the print shop, with crop marks and 3 mm bleed"},
    "contents": {"nl": "Inhoud", "en": "Contents"},
    "colophon": {"nl": "Colofon", "en": "Colophon"},
    "publisher": {"nl": "Uitgever", "en": "Publisher"},
    "editors": {"nl": "Redactie", "en": "Editors"},
    "contact": {"nl": "Contact", "en": "Contact"},
    "original_project": {"nl": "Oorspronkelijk project", "en": "Original project"},
    "authors": {"nl": "Auteurs", "en": "Authors"},
    "licence": {"nl": "Licentie", "en": "Licence"},
    "edition_date": {"nl": "Verschenen", "en": "Published"},
    "online": {"nl": "Online", "en": "Online"},
    "see_page": {"nl": "zie p.", "en": "see p."},
    "page": {"nl": "p.", "en": "p."},
    "issue_number": {"nl": "Nummer {n}", "en": "Issue {n}"},
    "in_this_issue": {"nl": "In dit nummer", "en": "In this issue"},
    "foreword": {"nl": "Voorwoord", "en": "Foreword"},
    "notes": {"nl": "Adressen bij dit artikel", "en": "Addresses in this article"},
    "illustrative": {"nl": "illustratief", "en": "illustrative"},
    "read_online": {"nl": "Online te lezen op", "en": "Read online at"},
    "missing_image": {"nl": "[Afbeelding ontbreekt: {image}]", "en": "[Image missing: {image}]"},
    "sessions_at_a_glance": {"nl": "De Maaksessies in één oogopslag",
                             "en": "The Making Sessions at a glance"},
    "notes_page": {"nl": "Notities", "en": "Notes"},
    "articles_more": {"nl": "En nog {n} binnenin.", "en": "And {n} more inside."},
    "sessions_more": {"nl": "Op de site staan er nog {n}, bij Maaksessies.",
                      "en": "The site lists {n} more, under Making Sessions."},
}


class Strings:
    """The strings of one language: `t("related")`, `t("minutes", n=4)`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        text = STRINGS[key].get(self.lang) or STRINGS[key]["en"]
        return text.format(**values) if values else text

    def language(self, code: str) -> str:
        """The name of language `code` in this language: "Engels" in Dutch."""
        return self(f"language.{code}") if f"language.{code}" in STRINGS else code

    def count(self, n: int) -> str:
        return self("article_count_one") if n == 1 else self("article_count", n=n)

    def date(self, value: dt.date) -> str:
        """A date as readers write it: "14 mei 2019", "14 May 2019" (British English)."""
        return long_date(value, self.lang)


# The magazine is European: its English is British English, day before month.
DATE_LOCALES = {"en": "en_GB"}


@functools.lru_cache(maxsize=4096)
def long_date(value: dt.date, lang: str) -> str:
    return format_date(value, format="long", locale=DATE_LOCALES.get(lang, lang))
