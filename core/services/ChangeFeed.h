#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>

namespace consentry {

// What one committed unit of work changed. The screens ask it what they care about.
class ChangeSet
{
public:
    enum class Kind {
        ResidentCreated, // a person added (with or without a consent decision)
        ResidentEdited, // name, unit, dates, move-out
        ConsentRecorded, // a decision (granted or declined) recorded for a person
        ConsentWithdrawn, // withdrawn by the person: templates deleted
        ConsentRenewal, // grants need renewal after a material notice change, or were renewed
        ResidentDeleted, // erased entirely
        ResidentsPurged, // the retention policy deleted templates or ended grants
        TemplatesChanged, // face templates stored or deleted (the gallery in memory follows)
        VerificationRecorded, // a verification (face or another way); the person's "last verified" changed
        SettingsChanged, // site profile, idle lock, retention setting
        NoticePublished, // a new notice version is in force
        UsersChanged, // accounts, roles, passwords, the recovery key
        AuditAppended, // at least one audit event was written
        ComplianceChanged, // device register, signs printed, impact assessment, filing
    };

    void add(Kind kind, const QList<qint64> &residentIds = {});
    bool isEmpty() const { return m_kinds.isEmpty(); }
    bool has(Kind kind) const { return m_kinds.contains(kind); }
    QList<Kind> kinds() const { return m_kinds; }
    // The people concerned by any change of the set, each once.
    QList<qint64> residentIds() const { return m_residentIds; }
    // Something a list of residents shows changed (a row added, changed or gone).
    bool touchesResidents() const;
    void merge(const ChangeSet &other);

private:
    QList<Kind> m_kinds;
    QList<qint64> m_residentIds;
};

// The one place the core announces what changed, so every model and page updates itself and nothing on
// screen goes stale. Services publish through their unit of work after the commit; the feed lives on the
// application's main thread and delivers there, after the call that made the change has returned (queued:
// a screen never reloads in the middle of its own action).
//
//   connect(&vault.changes(), &ChangeFeed::residentsChanged, model, &ResidentsModel::reload);
//
// Nothing is delivered for work that rolled back.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(QObject *parent = nullptr);

    // From any thread; an empty set is ignored.
    void publish(const ChangeSet &changes);

Q_SIGNALS:
    void changed(const consentry::ChangeSet &changes); // every committed change, once
    void residentsChanged(const QList<qint64> &residentIds); // ChangeSet::touchesResidents()
    void templatesChanged(const QList<qint64> &residentIds);
    void settingsChanged(); // settings or a new notice version
    void usersChanged();
    void auditAppended();

private:
    void deliver(const ChangeSet &changes);
};

} // namespace consentry

Q_DECLARE_METATYPE(consentry::ChangeSet)
