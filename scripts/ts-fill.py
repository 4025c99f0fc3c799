#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file from a JSON dictionary, for translators who work in batches.

  scripts/ts-fill.py translations/consentry_zh_CN.ts DICT.json        fill and mark finished
  scripts/ts-fill.py --list translations/consentry_zh_CN.ts           print unfinished sources as JSON

DICT.json maps a source text, or "context|source" when one text needs different words in two contexts,
to its translation; for plural (numerus) messages the value is a list of forms.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    return ET.parse(path, parser)


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def unfinished(tree):
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and (tr.get("type") == "unfinished" or not "".join(tr.itertext()).strip()):
                yield cname, message, tr


def main(argv):
    if len(argv) == 3 and argv[1] == "--list":
        tree = load(argv[2])
        out = {}
        for cname, message, _ in unfinished(tree):
            out[cname + "|" + message.findtext("source")] = ""
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 1
    ts_path, dict_path = argv[1], argv[2]
    tree = load(ts_path)
    with open(dict_path, encoding="utf-8") as f:
        table = json.load(f)
    filled = missing = 0
    for cname, message, tr in unfinished(tree):
        source = message.findtext("source")
        value = table.get(cname + "|" + source, table.get(source))
        if not value:
            missing += 1
            continue
        for child in list(tr):
            tr.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        tr.attrib.pop("type", None)
        filled += 1
    save(tree, ts_path)
    print(f"{ts_path}: {filled} filled, {missing} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
