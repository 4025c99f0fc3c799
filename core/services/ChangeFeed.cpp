#include "services/ChangeFeed.h"

namespace consentry {

void ChangeSet::add(Kind kind, const QList<qint64> &residentIds)
{
    if (!m_kinds.contains(kind))
        m_kinds << kind;
    for (const qint64 id : residentIds) {
        if (!m_residentIds.contains(id))
            m_residentIds << id;
    }
}

bool ChangeSet::touchesResidents() const
{
    for (const Kind kind : { Kind::ResidentCreated, Kind::ResidentEdited, Kind::ConsentRecorded, Kind::ConsentWithdrawn,
                             Kind::ConsentRenewal, Kind::ResidentDeleted, Kind::ResidentsPurged, Kind::TemplatesChanged,
                             Kind::VerificationRecorded }) {
        if (has(kind))
            return true;
    }
    return false;
}

void ChangeSet::merge(const ChangeSet &other)
{
    for (const Kind kind : other.m_kinds)
        add(kind);
    for (const qint64 id : other.m_residentIds) {
        if (!m_residentIds.contains(id))
            m_residentIds << id;
    }
}

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<consentry::ChangeSet>();
}

void ChangeFeed::publish(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this, [this, changes] { deliver(changes); }, Qt::QueuedConnection);
}

void ChangeFeed::deliver(const ChangeSet &changes)
{
    using Kind = ChangeSet::Kind;
    Q_EMIT changed(changes);
    if (changes.touchesResidents())
        Q_EMIT residentsChanged(changes.residentIds());
    if (changes.has(Kind::TemplatesChanged))
        Q_EMIT templatesChanged(changes.residentIds());
    if (changes.has(Kind::SettingsChanged) || changes.has(Kind::NoticePublished))
        Q_EMIT settingsChanged();
    if (changes.has(Kind::UsersChanged))
        Q_EMIT usersChanged();
    if (changes.has(Kind::AuditAppended))
        Q_EMIT auditAppended();
}

} // namespace consentry
