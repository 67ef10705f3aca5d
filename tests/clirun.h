#pragma once

// Runs tierdesk-cli (TIERDESK_CLI_PATH, from tests/CMakeLists.txt) as a user would, in
// English unless asked otherwise, with no standard input, and keeps what it printed.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace CliRun {

struct Run
{
    int exitCode = -1; // -1: did not finish in two minutes; -2: crashed
    QString out;
    QString err;
};

// `lang` becomes LANG (the locale variables that would override it are removed);
// `extra` is added to the environment.
inline Run cli(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"),
    const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TIERDESK_CLI_PATH), arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace CliRun
