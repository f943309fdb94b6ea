// SPDX-License-Identifier: Apache-2.0
// The item models, each checked by QAbstractItemModelTester while the launch type and the task
// definition change, and for what they show.

#include "graph/RolePalette.h"
#include "io/Importer.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/CoverageModel.h"
#include "itemmodels/FindingsModel.h"
#include "itemmodels/ModelRoles.h"
#include "itemmodels/PaletteModel.h"
#include "itemmodels/RolesModel.h"
#include "itemmodels/WorkspaceModel.h"
#include "teaching/Explanation.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace rolemap;

class TestModels : public QObject
{
    Q_OBJECT

private:
    Document m_document;
    ViewContext m_context;

    int indexOf(const std::string &name) const
    {
        for (int i = 0; i < m_document.taskDefinitionCount(); ++i)
            if (m_document.taskDefinition(i).displayName() == name)
                return i;
        return -1;
    }

private slots:
    void initTestCase() { m_document.setWorkspace(loadSample()); }

    void coverageModelFollowsTheLaunchType()
    {
        CoverageModel model(&m_document, &m_context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing selected
        m_context.setTaskDefinition(indexOf("catalog-api:7"));
        m_context.setLaunchType(LaunchType::Ec2);
        const int ecr = model.rowOf(QStringLiteral("ecr-pull"));
        QVERIFY(ecr >= 0);
        QCOMPARE(model.index(ecr, CoverageModel::CoveredByColumn).data(RoleKindRole).toString(), QStringLiteral("instance"));
        QCOMPARE(model.index(ecr, CoverageModel::ViaColumn).data().toString(), QStringLiteral("fallback"));
        QCOMPARE(model.index(ecr, CoverageModel::RoleColumn).data().toString(), QStringLiteral("ecsInstanceRole"));
        m_context.setLaunchType(LaunchType::Fargate);
        const int fargateEcr = model.rowOf(QStringLiteral("ecr-pull"));
        QCOMPARE(model.index(fargateEcr, CoverageModel::CoveredByColumn).data(RoleKindRole).toString(), QStringLiteral("execution"));
        QCOMPARE(model.index(fargateEcr, CoverageModel::StatusColumn).data(StatusRole).toString(), QStringLiteral("missing-role"));
        QCOMPARE(model.index(fargateEcr, CoverageModel::StatusColumn).data().toString(), QStringLiteral("missing role"));
        QVERIFY(model.rowOf(QStringLiteral("service-networking")) >= 0); // Fargate always has an ENI
        QCOMPARE(model.headerData(CoverageModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void comparisonModelHighlightsWhatDiffersFromEc2()
    {
        ComparisonModel model(&m_document, &m_context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(knownOperationIds().size()));
        QCOMPARE(model.columnCount(), 5);
        const int ecr = 1; // catalog order
        QCOMPARE(model.index(ecr, 0).data(OperationIdRole).toString(), QStringLiteral("ecr-pull"));
        QCOMPARE(model.index(ecr, 1).data().toString(), QStringLiteral("task execution role \u2192 instance role"));
        QCOMPARE(model.index(ecr, 2).data().toString(), QStringLiteral("task execution role"));
        QVERIFY(!model.index(ecr, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(ecr, 2).data(Qt::BackgroundRole).isValid()); // Fargate: no fallback
        QVERIFY(model.differsFromEc2(ecr, LaunchType::Fargate));
        const int secrets = 7;
        QVERIFY(!model.differsFromEc2(secrets, LaunchType::Fargate)); // execution role everywhere
        m_context.setTaskDefinition(indexOf("catalog-api:7"));
        QVERIFY(model.index(ecr, 0).data(Qt::FontRole).value<QFont>().bold());      // needed by the task
        QVERIFY(!model.index(secrets, 0).data(Qt::FontRole).value<QFont>().bold()); // not needed
    }

    void workspaceModelShowsClustersTasksContainersAndFeatures()
    {
        WorkspaceModel model(&m_document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("shop-ec2"));
        QCOMPARE(model.index(0, 0).data(ItemKindRole).value<ItemKind>(), ItemKind::Cluster);
        const int orders = indexOf("orders-worker:12");
        const QModelIndex td = model.indexOfTaskDefinition(orders);
        QCOMPARE(td.data().toString(), QStringLiteral("orders-worker:12"));
        QCOMPARE(td.parent(), model.index(0, 0));
        QCOMPARE(model.rowCount(td), 2); // two containers
        const QModelIndexList secrets = model.indexesOfOperation(orders, QStringLiteral("secrets-manager"));
        QCOMPARE(secrets.size(), 1);
        QVERIFY(secrets.first().data().toString().startsWith(QLatin1String("secret: ")));
        QCOMPARE(model.indexesOfOperation(orders, QStringLiteral("registry-auth")).size(), 1);
        m_document.setWorkspace(loadSample()); // a reset keeps the tester happy
        QCOMPARE(model.rowCount(), 2);
    }

    // The tree marks a field with the operations the engine's detector says it triggers: a log
    // driver that is not an AWS destination triggers nothing (it once showed as a FireLens one).
    void treeFeaturesTriggerWhatTheEngineDetects()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        const Json td = {
            {"family", "logs"},
            {"containerDefinitions",
             {{{"name", "splunked"}, {"image", "nginx"}, {"logConfiguration", {{"logDriver", "splunk"}, {"options", {{"splunk-url", "https://x"}}}}}},
              {{"name", "to-cloudwatch"},
               {"image", "nginx"},
               {"logConfiguration", {{"logDriver", "awsfirelens"}, {"options", {{"Name", "cloudwatch_logs"}, {"log_group_name", "g"}}}}}},
              {{"name", "to-datadog"}, {"image", "nginx"}, {"logConfiguration", {{"logDriver", "awsfirelens"}, {"options", {{"Name", "datadog"}}}}}},
              {{"name", "router"}, {"image", "amazon/aws-for-fluent-bit"}, {"firelensConfiguration", {{"type", "fluentbit"}}}}}}};
        const int index = doc.addTaskDefinition(td, -1, QStringLiteral("add"));
        WorkspaceModel model(&doc);
        const QModelIndex item = model.indexOfTaskDefinition(index);
        QVERIFY(item.isValid());
        auto logsOf = [&](int container) {
            const QModelIndex c = model.index(container, 0, item);
            for (int r = 0; r < model.rowCount(c); ++r)
                if (model.index(r, 0, c).data().toString().startsWith(QLatin1String("logs: ")))
                    return model.index(r, 0, c).data(OperationIdsRole).toStringList();
            return QStringList{QStringLiteral("no logs item")};
        };
        QCOMPARE(logsOf(0), QStringList{});
        QCOMPARE(logsOf(1), QStringList{QStringLiteral("firelens-destination")});
        QCOMPARE(logsOf(2), QStringList{}); // Datadog is not an AWS service: no role involved
        QCOMPARE(model.indexesOfOperation(index, QStringLiteral("firelens-destination")).size(), 1);
        // And the engine agrees: the coverage lists the destination for the CloudWatch output only.
        const OperationCoverage *destination = doc.coverage(index, LaunchType::Ec2).operation("firelens-destination");
        QVERIFY(destination);
    }

    // An edit replaces the changed task definition's items in place: the rest of the tree (its
    // persistent indexes, so its expansion and selection) survives, and the new item is there.
    void workspaceModelUpdatesOneTaskInPlace()
    {
        m_document.setWorkspace(loadSample());
        WorkspaceModel model(&m_document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int catalog = indexOf("catalog-api:7");
        const int orders = indexOf("orders-worker:12");
        const QPersistentModelIndex other = model.indexOfTaskDefinition(orders);
        const QPersistentModelIndex edited = model.indexOfTaskDefinition(catalog);
        QVERIFY(model.indexesOfOperation(catalog, QStringLiteral("secrets-manager")).isEmpty());
        Json td = m_document.taskDefinition(catalog).document;
        td["containerDefinitions"][0]["secrets"] =
            Json::array({{{"name", "TOKEN"}, {"valueFrom", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:t-AbCdEf"}}});
        QVERIFY(m_document.editTaskDefinition(catalog, td, QStringLiteral("add a secret")));
        QCOMPARE(resets.count(), 0);
        QVERIFY(other.isValid());
        QCOMPARE(other.data().toString(), QStringLiteral("orders-worker:12"));
        QVERIFY(edited.isValid());
        QCOMPARE(model.indexesOfOperation(catalog, QStringLiteral("secrets-manager")).size(), 1);
        m_document.undoStack()->undo();
        QCOMPARE(resets.count(), 0);
        QVERIFY(model.indexesOfOperation(catalog, QStringLiteral("secrets-manager")).isEmpty());
        // A new family moves the task definition out of its cluster's list: that one rebuilds.
        td = m_document.taskDefinition(catalog).document;
        td["family"] = "renamed-api";
        QVERIFY(m_document.editTaskDefinition(catalog, td, QStringLiteral("rename")));
        QCOMPARE(model.indexOfTaskDefinition(catalog).data().toString(), QStringLiteral("renamed-api:7"));
        m_document.setWorkspace(loadSample());
    }

    // The palette offers real roles only, not a template's placeholders.
    void paletteOffersNoPlaceholderRoles()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        doc.addTaskDefinition({{"family", "templated"},
                               {"executionRoleArn", "{{EXECUTIONROLEARN}}"},
                               {"taskRoleArn", "arn:aws:iam::123456789012:role/real"},
                               {"containerDefinitions", Json::array()}},
                              -1, QStringLiteral("add"));
        PaletteModel palette(&doc);
        bool real = false;
        for (int r = 0; r < palette.rowCount(); ++r) {
            const QString id = palette.index(r, 0).data(OperationIdRole).toString();
            QVERIFY2(!id.contains(QLatin1String("{{")), qPrintable(id));
            real = real || id.endsWith(QLatin1String("role/real"));
        }
        QVERIFY(real);
    }

    // Dark palettes: every status colour the tables and the explanation use keeps a contrast of at
    // least 4.5:1 with the background (the failure red was about 2:1 on a dark base).
    void statusColoursAreReadableInADarkPalette()
    {
        const QPalette original = QGuiApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        QGuiApplication::setPalette(dark);
        const QColor base = dark.color(QPalette::Base);
        QVERIFY(contrastRatio(statusColour(Status::MissingRole), base) < 4.5); // the raw colour would not do
        m_context.setLaunchType(LaunchType::Fargate);
        m_context.setTaskDefinition(indexOf("catalog-api:7"));
        CoverageModel model(&m_document, &m_context);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QColor c = model.index(r, CoverageModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
            QVERIFY2(contrastRatio(c, base) >= 4.5, qPrintable(c.name()));
        }
        const Coverage &c = m_document.coverage(indexOf("catalog-api:7"), LaunchType::Fargate);
        const QString html =
            overviewHtml(c, RulesCatalog::builtIn(), Language::English) + explanationHtml(c, "ecr-pull", RulesCatalog::builtIn(), Language::English);
        static const QRegularExpression colour(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
        int checked = 0;
        for (auto it = colour.globalMatch(html); it.hasNext(); ++checked) {
            const QColor used(it.next().captured(1));
            QVERIFY2(contrastRatio(used, base) >= 4.5, qPrintable(used.name()));
        }
        QVERIFY(checked > 3);
        QGuiApplication::setPalette(original);
        m_context.setLaunchType(LaunchType::Ec2);
    }

    void findingsModelListsErrorsFirst()
    {
        FindingsModel model(&m_document, &m_context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_context.setLaunchType(LaunchType::Fargate);
        QVERIFY(model.count(Severity::Error) >= 4); // catalog-api:7 and catalog-api-fargate:1 cannot pull or log
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data(SeverityRole).toString(), QStringLiteral("error"));
        const int td = model.index(0, 0).data(TaskDefinitionIndexRole).toInt();
        QVERIFY(td >= 0 && td < m_document.taskDefinitionCount());
        // Operations by their titles, not their ids.
        const QString op = model.index(0, FindingsModel::OperationColumn).data().toString();
        QVERIFY2(op.contains(QLatin1Char(' ')), qPrintable(op));
        QVERIFY(model.index(0, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Fix: ")));
        // The severity filter: errors only, then everything again.
        FindingsFilter filter;
        filter.setSourceModel(&model);
        const int all = filter.rowCount();
        filter.setMinimumSeverity(Severity::Error);
        QCOMPARE(filter.rowCount(), model.count(Severity::Error));
        QCOMPARE(all, model.rowCount());
        filter.setMinimumSeverity(Severity::Warning);
        QCOMPARE(filter.rowCount(), model.count(Severity::Error) + model.count(Severity::Warning));
        filter.setMinimumSeverity(Severity::Info);
        QCOMPARE(filter.rowCount(), all);
        m_context.setLaunchType(LaunchType::Ec2);
        QCOMPARE(model.count(Severity::Error), 0); // on EC2 the instance role covers them
    }

    // An edit swaps the changed task definition's findings in place: no reset, the other rows keep
    // their persistent indexes, and the rows are those a fresh model lists, in the same order.
    void findingsModelUpdatesOneTaskInPlace()
    {
        m_document.setWorkspace(loadSample());
        m_context.setLaunchType(LaunchType::Fargate);
        FindingsModel model(&m_document, &m_context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int catalog = indexOf("catalog-api:7");
        auto rows = [](const FindingsModel &m) {
            QStringList out;
            for (int r = 0; r < m.rowCount(); ++r)
                out << m.index(r, FindingsModel::TaskDefinitionColumn).data().toString() + QLatin1Char(' ') +
                           m.index(r, FindingsModel::OperationColumn).data().toString() + QLatin1Char(' ') +
                           m.index(r, FindingsModel::SeverityColumn).data(SeverityRole).toString() + QLatin1Char(' ') +
                           m.index(r, FindingsModel::MessageColumn).data().toString();
            return out;
        };
        QPersistentModelIndex other;
        for (int r = 0; r < model.rowCount() && !other.isValid(); ++r)
            if (model.index(r, 0).data(TaskDefinitionIndexRole).toInt() != catalog)
                other = model.index(r, FindingsModel::MessageColumn);
        QVERIFY(other.isValid());
        const QString otherText = other.data().toString();
        const int errorsBefore = model.count(Severity::Error);

        // Give catalog-api:7 an execution role: its Fargate pull and log errors go.
        Json td = m_document.taskDefinition(catalog).document;
        td["executionRoleArn"] = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole";
        QVERIFY(m_document.editTaskDefinition(catalog, td, QStringLiteral("execution role")));
        QCOMPARE(resets.count(), 0);
        QVERIFY(model.count(Severity::Error) < errorsBefore);
        QVERIFY(other.isValid());
        QCOMPARE(other.data().toString(), otherText);
        {
            FindingsModel fresh(&m_document, &m_context);
            QCOMPARE(rows(model), rows(fresh));
        }
        // ...and a secret without one brings an error back, among the errors, in workspace order.
        td["containerDefinitions"][0]["secrets"] =
            Json::array({{{"name", "T"}, {"valueFrom", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:t-AbCdEf"}}});
        td.erase("executionRoleArn");
        QVERIFY(m_document.editTaskDefinition(catalog, td, QStringLiteral("secret")));
        QCOMPARE(resets.count(), 0);
        QVERIFY(model.count(Severity::Error) > errorsBefore);
        {
            FindingsModel fresh(&m_document, &m_context);
            QCOMPARE(rows(model), rows(fresh));
        }
        m_document.undoStack()->undo();
        m_document.undoStack()->undo();
        QCOMPARE(model.count(Severity::Error), errorsBefore);
        QCOMPARE(resets.count(), 0);
        m_context.setLaunchType(LaunchType::Ec2);
        m_document.setWorkspace(loadSample());
    }

    void rolesModelListsEachRoleOnce()
    {
        RolesModel model(&m_document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.index(r, RolesModel::NameColumn).data().toString();
        QCOMPARE(names.count(QStringLiteral("ecsTaskExecutionRole")), 1);
        QVERIFY(names.contains(QStringLiteral("ecsInstanceRole")));
        const int exec = int(names.indexOf(QStringLiteral("ecsTaskExecutionRole")));
        QVERIFY(model.index(exec, RolesModel::UsedByColumn).data().toString().contains(QLatin1String("storefront:3")));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
