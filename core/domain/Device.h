#pragma once

#include "compliance/DeviceLocation.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace consentry {

// A camera or terminal in the device register (Provisions art. 13): where it is and what it sees.
struct Device {
    qint64 id = 0;
    QString name; // "Front desk camera 1"
    DeviceLocation::Type locationType = DeviceLocation::Type::FrontDesk;
    QString area; // a description of the capture area: what the camera sees
    QString camera; // the camera it is (a device path or index as the camera picker names it); may be empty
    QDateTime createdAt;
    QString createdBy;

    // Whether this device is the camera a picker names `cameraId`: a camera index ("0", also written "/dev/video0")
    // or a file path, compared as written.
    bool isCamera(const QString &cameraId) const
    {
        const QString mine = camera.trimmed();
        if (mine.isEmpty() || cameraId.isEmpty())
            return false;
        const QString video = QStringLiteral("/dev/video");
        auto index = [&video](const QString &text) { return text.startsWith(video) ? text.mid(video.size()) : text; };
        return mine == cameraId || index(mine) == index(cameraId);
    }
};

// A sign printed for a device and the notice version it states.
struct SignPrint {
    qint64 id = 0;
    std::optional<qint64> deviceId; // none: a sign not for one device (a poster)
    QString noticeVersion;
    QString layout;
    QString language;
    QString medium; // printer | pdf
    QDateTime printedAt;
    QString printedBy;
};

// A filing with the provincial cyberspace office recorded by a manager (Provisions art. 15).
struct FilingRecord {
    enum class Kind { Initial, Change, Deregistration };
    qint64 id = 0;
    Kind kind = Kind::Initial;
    QDate filedOn;
    QString reference;
    qint64 people = 0; // people with face data when it was recorded
    QDateTime recordedAt;
    QString recordedBy;

    static QString kindKey(Kind kind); // initial, change, deregistration
    static std::optional<Kind> kindFromKey(const QString &key);
};

inline QString FilingRecord::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Initial: return QStringLiteral("initial");
    case Kind::Change: return QStringLiteral("change");
    case Kind::Deregistration: return QStringLiteral("deregistration");
    }
    return QString();
}

inline std::optional<FilingRecord::Kind> FilingRecord::kindFromKey(const QString &key)
{
    for (Kind kind : { Kind::Initial, Kind::Change, Kind::Deregistration }) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace consentry
