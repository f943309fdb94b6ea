// SPDX-License-Identifier: Apache-2.0
// The rules catalog: the built-in one loads, matches the ECS role facts (as written down
// independently in tests/data/expected-matrix.json), and a broken catalog is refused with an error
// that names the entry.

#include "TestSupport.h"
#include "core/InputError.h"
#include "rules/RulesCatalog.h"

#include <QtTest>

using namespace rolemap;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    Json m_document;

private slots:
    void initTestCase() { m_document = test::readJson(QStringLiteral(ROLEMAP_SOURCE_DIR "/resources/rules/ecs-roles.json")); }

    void builtInCatalogHasEveryOperationInOrder()
    {
        const RulesCatalog &catalog = RulesCatalog::builtIn();
        QCOMPARE(catalog.operations().size(), knownOperationIds().size());
        for (size_t i = 0; i < knownOperationIds().size(); ++i)
            QCOMPARE(catalog.operations()[i].id, knownOperationIds()[i]);
    }

    void everyFactHasSourcesAndBothLanguages()
    {
        const RulesCatalog &catalog = RulesCatalog::builtIn();
        for (const CatalogOperation &op : catalog.operations()) {
            QVERIFY2(!op.title.ja.empty() && !op.explanation.ja.empty() && !op.error.ja.empty(), op.id.c_str());
            QVERIFY2(!op.title.en.empty() && !op.explanation.en.empty() && !op.error.en.empty(), op.id.c_str());
            for (LaunchType t : kAllLaunchTypes) {
                const std::string url = catalog.primarySourceUrl(op, t);
                QVERIFY2(url.rfind("https://", 0) == 0, (op.id + " on " + std::string(toId(t))).c_str());
            }
        }
        for (RoleKind k : kAllRoleKinds)
            QVERIFY(!catalog.roleKind(k).title.ja.empty());
    }

    void matrixMatchesTheDomainFacts_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("launchType");
        const Json expected = test::readJson(test::testData(QStringLiteral("expected-matrix.json")));
        for (const std::string &op : knownOperationIds())
            for (LaunchType t : kAllLaunchTypes)
                QTest::addRow("%s/%s", op.c_str(), std::string(toId(t)).c_str())
                    << QString::fromStdString(op) << QString::fromStdString(std::string(toId(t)));
        QVERIFY(expected.size() >= knownOperationIds().size());
    }

    void matrixMatchesTheDomainFacts()
    {
        QFETCH(QString, operation);
        QFETCH(QString, launchType);
        static const Json expected = test::readJson(test::testData(QStringLiteral("expected-matrix.json")));
        const Json &cell = expected.at(operation.toStdString()).at(launchType.toStdString());
        const CatalogOperation *op = RulesCatalog::builtIn().operation(operation.toStdString());
        QVERIFY(op);
        const LaunchType lt = *launchTypeFromId(launchType.toStdString());
        auto kind = [](const std::optional<RoleKind> &k) { return k ? std::string(toId(*k)) : std::string("null"); };
        auto expectedKind = [](const Json &j) { return j.is_null() ? std::string("null") : j.get<std::string>(); };
        // A cell without an operating-system entry holds on both; one with it, on that system.
        for (OperatingSystem os : kAllOperatingSystems) {
            const std::string osId(toId(os));
            const Json &want = cell.contains(osId) ? cell.at(osId) : cell;
            const LaunchTypeRule &rule = op->on(lt, os);
            const QByteArray where = (operation + QLatin1Char('/') + launchType + QLatin1Char('/')).toUtf8() + osId.c_str();
            QVERIFY2(rule.supported == want.at("supported").get<bool>(), where + " supported");
            QVERIFY2(kind(rule.primary) == expectedKind(want.at("primary")), where + " primary");
            QVERIFY2(kind(rule.fallback) == expectedKind(want.at("fallback")), where + " fallback");
            QVERIFY2(rule.verified == want.at("verified").get<bool>(), where + " verified");
            if (want.contains("minimumVersion"))
                QVERIFY2(rule.minimumVersion == (want.at("minimumVersion").is_null() ? std::string() : want.at("minimumVersion").get<std::string>()),
                         where + " minimumVersion " + rule.minimumVersion.c_str());
        }
        QCOMPARE(op->dependsOnOperatingSystem(lt), cell.contains("LINUX") || cell.contains("WINDOWS"));
    }

    void unverifiedFactsOfTheDomainAreMarked()
    {
        const RulesCatalog &catalog = RulesCatalog::builtIn();
        // The facts: Fargate's control-plane work is AWS-operated [U]; pull-through cache mapping [U].
        QVERIFY(!catalog.operation("agent-control-plane")->on(LaunchType::Fargate).verified);
        for (LaunchType t : kAllLaunchTypes)
            QVERIFY(!catalog.operation("ecr-pull-through-cache")->on(t).verified);
        QVERIFY(catalog.operation("ecr-pull")->on(LaunchType::Fargate).verified);
    }

    void brokenCatalogIsRefused_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("replacement"); // JSON text, or "<remove>"
        QTest::addColumn<QString>("expected");    // text the error must contain

        QTest::newRow("unknown role kind") << "/operations/1/launchTypes/FARGATE/primary"
                                           << "\"excution\""
                                           << "operations[1] \"ecr-pull\" on FARGATE: unknown role kind \"excution\"";
        QTest::newRow("unknown fallback kind") << "/operations/1/launchTypes/EC2/fallback"
                                               << "\"host\""
                                               << "unknown role kind \"host\"";
        QTest::newRow("unknown launch type") << "/operations/4/launchTypes/LAMBDA"
                                             << "{\"supported\":true,\"primary\":\"task\",\"verified\":true,\"sources\":[\"S-TER\"]}"
                                             << "operations[4] \"awslogs\": unknown launch type \"LAMBDA\"";
        QTest::newRow("missing launch type") << "/operations/2/launchTypes/EXTERNAL"
                                             << "<remove>"
                                             << "\"ecr-pull-through-cache\": launch type \"EXTERNAL\" is missing";
        QTest::newRow("operation without sources") << "/operations/3/sources"
                                                   << "[]"
                                                   << "operations[3] \"registry-auth\": every fact needs at least one source";
        QTest::newRow("cell without sources") << "/operations/7/launchTypes/EC2/sources"
                                              << "<remove>"
                                              << "\"secrets-manager\" on EC2: every fact needs at least one source";
        QTest::newRow("operation without actions") << "/operations/7/actions"
                                                   << "[]"
                                                   << "operations[7] \"secrets-manager\": an operation needs at least one IAM action";
        QTest::newRow("unknown source") << "/operations/0/sources/0"
                                        << "\"S-NOPE\""
                                        << "unknown source \"S-NOPE\"";
        QTest::newRow("unknown condition") << "/operations/4/conditionalActions/0/when"
                                           << "\"sometimes\""
                                           << "unknown condition \"sometimes\"";
        QTest::newRow("unknown operation id") << "/operations/0/id"
                                              << "\"teleport\""
                                              << "unknown operation id";
        QTest::newRow("duplicate operation id") << "/operations/2/id"
                                                << "\"ecr-pull\""
                                                << "duplicate operation id";
        QTest::newRow("launch-type list incomplete") << "/launchTypes/3"
                                                     << "<remove>"
                                                     << "launch type \"MANAGED_INSTANCES\" is missing";
        QTest::newRow("role kind list incomplete") << "/roleKinds/0"
                                                   << "<remove>"
                                                   << "role kind \"instance\" is missing";
        QTest::newRow("supported without primary") << "/operations/5/launchTypes/EC2/primary"
                                                   << "null"
                                                   << "a supported operation needs a primary role kind";
        QTest::newRow("bad action") << "/operations/1/actions/0/action"
                                    << "\"GetAuthorizationToken\""
                                    << "is not an IAM action";
        QTest::newRow("source without https") << "/sources/S-TER/url"
                                              << "\"http://example.com\""
                                              << "must start with https://";
    }

    void brokenCatalogIsRefused()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, expected);
        Json broken = m_document;
        const Json::json_pointer ptr(pointer.toStdString());
        if (replacement == QLatin1String("<remove>")) {
            Json &parent = broken[ptr.parent_pointer()];
            if (parent.is_array())
                parent.erase(std::stoul(ptr.back()));
            else
                parent.erase(ptr.back());
        } else {
            broken[ptr] = Json::parse(replacement.toStdString());
        }
        try {
            RulesCatalog::fromJson(broken, "ecs-roles.json");
            QFAIL("the broken catalog was accepted");
        } catch (const InputError &e) {
            const QString message = QString::fromStdString(e.toString());
            QVERIFY2(message.contains(expected), qPrintable(message));
            QVERIFY2(message.startsWith(QLatin1String("ecs-roles.json: /")), qPrintable(message));
        }
    }

    void intactCatalogIsAccepted()
    {
        const RulesCatalog catalog = RulesCatalog::fromJson(m_document, "ecs-roles.json");
        QCOMPARE(catalog.operations().size(), RulesCatalog::builtIn().operations().size());
    }

    void conditionalActionsAttachOnlyWhenReported()
    {
        const CatalogOperation *awslogs = RulesCatalog::builtIn().operation("awslogs");
        auto names = [](const std::vector<ScopedAction> &list) {
            QStringList out;
            for (const ScopedAction &a : list)
                out << QString::fromStdString(a.action);
            return out;
        };
        QVERIFY(!names(awslogs->actionsFor({})).contains(QStringLiteral("logs:CreateLogGroup")));
        QVERIFY(names(awslogs->actionsFor({"awslogs-create-group"})).contains(QStringLiteral("logs:CreateLogGroup")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
