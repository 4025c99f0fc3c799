#pragma once

#include <QColor>

namespace consentry {

// The colours of everything printed: dark ink on white, one accent. Chosen to stay legible on a
// black-and-white office printer (the accent prints as a dark grey).
namespace PrintPalette {
inline const QColor kInk { 0x1a, 0x1a, 0x1a }; // body text, rules, boxes to sign in
inline const QColor kSecondaryInk { 0x4a, 0x4a, 0x4a }; // the second language of a bilingual sign
inline const QColor kMuted { 0x66, 0x66, 0x66 }; // headers, footers, page numbers, footnotes
inline const QColor kAccent { 0x0b, 0x3d, 0x6b }; // headings, the sign's header band
inline const QColor kHighlight { 0xe4, 0xef, 0xf9 }; // a box behind what matters most; table headers
inline const QColor kCutMarks { 0x88, 0x88, 0x88 };
inline const QColor kGrid { 0x99, 0x99, 0x99 }; // table lines
} // namespace PrintPalette

} // namespace consentry
