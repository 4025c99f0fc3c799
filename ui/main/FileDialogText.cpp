#include "main/FileDialogText.h"

#include "platform/Formats.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>

namespace consentry::ui {

namespace {

// The file system model's columns: name, size, type, date modified.
constexpr int kSizeColumn = 1;
constexpr int kTypeColumn = 2;
constexpr int kDateColumn = 3;

class LocalizedFileModel : public QIdentityProxyModel
{
    Q_DECLARE_TR_FUNCTIONS(LocalizedFileModel)

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        switch (index.column()) {
        case kDateColumn: return Formats::dateTime(files->lastModified(source));
        case kTypeColumn: {
            if (files->isDir(source))
                return tr("Folder");
            const QString suffix = files->fileInfo(source).suffix();
            return suffix.isEmpty() ? tr("File") : tr("%1 file").arg(suffix.toUpper());
        }
        case kSizeColumn: return files->isDir(source) ? QString() : QLocale().formattedDataSize(files->size(source));
        default: return QIdentityProxyModel::data(index, role);
        }
    }
};

} // namespace

void FileDialogText::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<FileDialogText *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new FileDialogText(app));
}

bool FileDialogText::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes once, before the dialog is first shown, whether it was made by QFileDialog's static
    // functions or by hand.
    if (event->type() == QEvent::Polish) {
        if (auto *dialog = qobject_cast<QFileDialog *>(watched); dialog && !dialog->proxyModel())
            dialog->setProxyModel(new LocalizedFileModel(dialog));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace consentry::ui
