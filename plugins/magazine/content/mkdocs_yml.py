"""Read the magazine's `mkdocs.yml` without MkDocs, for the command line and the print edition.

`magazine check` and `magazine print` need a few settings of the site (its languages, names,
address, Markdown extensions) but not a whole MkDocs configuration. MkDocs' own tags are read
as plain data: `!ENV [NAME, default]` gives the variable or the default, any other tag
(`!relative`, `!!python/name:` of an extension's option) gives None.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

# The magazine's languages, the default first, when mkdocs.yml names none.
DEFAULT_LANGUAGES = ("nl", "en")


class TolerantLoader(yaml.SafeLoader):
    """Safe YAML that reads MkDocs' tags instead of failing on them."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    else:
        names, default = [loader.construct_scalar(node)], None  # type: ignore[arg-type]
    for name in names:
        if isinstance(name, str) and name in os.environ:
            return yaml.safe_load(os.environ[name])
    return default


TolerantLoader.add_constructor("!ENV", _env)
TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)


def read_mkdocs_yml(root: str | os.PathLike[str]) -> dict[str, Any]:
    """The settings of `<root>/mkdocs.yml`; empty when it is missing or cannot be read."""
    try:
        config = yaml.load((Path(root) / "mkdocs.yml").read_text(encoding="utf-8"),
                           Loader=TolerantLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return config if isinstance(config, dict) else {}


def plugin_options(config: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The options of plugin `name` in `plugins:`, or None when it has none there."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get(name), dict):
            return plugin[name]
    return None


def i18n_languages(config: dict[str, Any]) -> list[dict[str, Any]]:
    """The language entries of the i18n plugin (each with a `locale`), in the order written."""
    entries = (plugin_options(config, "i18n") or {}).get("languages") or []
    if not isinstance(entries, list):
        return []
    return [e for e in entries if isinstance(e, dict) and e.get("locale")]


def site_languages(config: dict[str, Any]) -> tuple[str, ...]:
    """The languages of the i18n plugin, the default first; else nl, en."""
    entries = i18n_languages(config)
    locales = [str(e["locale"]) for e in entries]
    if not locales:
        return DEFAULT_LANGUAGES
    defaults = [str(e["locale"]) for e in entries if e.get("default")]
    first = defaults[0] if defaults else locales[0]
    return (first, *(lang for lang in locales if lang != first))


def markdown_extensions(config: dict[str, Any]) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The names of `markdown_extensions` and the options of those that have them."""
    names: list[str] = []
    options: dict[str, dict[str, Any]] = {}
    for item in config.get("markdown_extensions") or []:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            for name, settings in item.items():
                names.append(str(name))
                options[str(name)] = dict(settings or {}) if isinstance(settings, dict) else {}
    return names, options
