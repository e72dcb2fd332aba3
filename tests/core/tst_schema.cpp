// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Our schema descriptors against the real CRDs: every field, type, enum value and bound
// must agree, so the descriptors cannot drift from what the API server enforces.
#include <QDir>
#include <QTest>

#include "schema/schemacomparer.h"
#include "schema/schemaloader.h"
#include "schema/schemaregistry.h"
#include "testutils.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
// The reference CRDs: BW_REFERENCE_CRDS, else ../shared/reference/crds beside the checkout.
// A newcomer's clone has neither; the comparisons then say they skipped.
const QString crdDir = qEnvironmentVariableIsSet("BW_REFERENCE_CRDS")
    ? qEnvironmentVariable("BW_REFERENCE_CRDS")
    : QStringLiteral(BW_SOURCE_DIR "/../shared/reference/crds");
const bool haveCrds = QDir(crdDir).exists();
const char* const kNoCrds = "the reference CRDs are not here (set BW_REFERENCE_CRDS, or put shared/ beside the "
                            "checkout): the schema-vs-CRD comparison did not run";

void collectUndescribed(const SchemaNode& node, const QString& path, QStringList* out)
{
    for (const auto& [name, child] : node.properties) {
        const QString p = path.isEmpty() ? name : path + u'.' + name;
        if (child->description.trimmed().isEmpty())
            out->append(p);
        collectUndescribed(*child, p, out);
    }
    if (node.items)
        collectUndescribed(*node.items, path + u"[]"_s, out);
    if (node.additionalProperties)
        collectUndescribed(*node.additionalProperties, path + u"{}"_s, out);
}
} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void builtinLoads();
    void matchesCrd_data();
    void matchesCrd();
    void matchesApoxyOpenApi();
    void everyFieldIsDescribed();
    void comparerFindsDrift();
    void crdLoaderReportsLocatedErrors();
};

void TestSchema::initTestCase()
{
    if (!haveCrds) {
        qWarning("%s", kNoCrds);
        return;
    }
    // Found but incomplete is an error, not a skip.
    QVERIFY(QDir(crdDir).entryList({ u"*.yaml"_s }, QDir::Files).size() >= 9);
}

void TestSchema::builtinLoads()
{
    const auto registry = SchemaRegistry::builtin();
    QCOMPARE(registry->loadError(), QString());
    for (const auto& [group, kind] :
        std::initializer_list<std::pair<const char16_t*, const char16_t*>> { { u"gateway.envoyproxy.io", u"Backend" },
            { u"gateway.envoyproxy.io", u"BackendTrafficPolicy" }, { u"gateway.networking.x-k8s.io", u"XBackend" },
            { u"core.apoxy.dev", u"Backend" }, { u"gateway.networking.k8s.io", u"HTTPRoute" },
            { u"gateway.networking.k8s.io", u"Gateway" }, { u"gateway.networking.k8s.io", u"GatewayClass" },
            { u"gateway.networking.k8s.io", u"ReferenceGrant" }, { u"gateway.networking.k8s.io", u"BackendTLSPolicy" },
            { u"", u"Service" }, { u"", u"Secret" }, { u"", u"ConfigMap" } }) {
        const KindSchema* k = registry->find(QStringView(group), QStringView(kind));
        QVERIFY2(k && k->root, qPrintable(QString::fromUtf16(kind)));
        QVERIFY(!k->description.isEmpty());
    }
    QVERIFY(registry->definition(u"ObjectMeta"_s));
}

void TestSchema::matchesCrd_data()
{
    QTest::addColumn<QString>("file");
    if (!haveCrds)
        QTest::newRow("no reference CRDs") << QString();
    for (const QString& f : QDir(crdDir).entryList({ u"*.yaml"_s }, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << crdDir + u'/' + f;
}

void TestSchema::matchesCrd()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP(kNoCrds);
    const SchemaLoader::Result crd = SchemaLoader::fromCrd(test::readFile(file), file);
    QCOMPARE(crd.error, QString());
    QVERIFY(!crd.schemas.empty());
    const bool standard = QFileInfo(file).fileName().startsWith(u"standard_"_s);
    const auto registry = SchemaRegistry::builtin();
    for (const KindSchema& reference : crd.schemas) {
        for (const QString& version : reference.versions) {
            const KindSchema* ours = registry->find(reference.group, reference.kind, version);
            QVERIFY2(ours, qPrintable(reference.kindGroup() + u' ' + version));
            QVERIFY2(ours->versions.contains(version), qPrintable(u"version "_s + version + u" not described"_s));
            QCOMPARE(ours->namespaced, reference.namespaced);
            QCOMPARE(ours->plural, reference.plural);
            const QStringList diffs = SchemaComparer::differences(*ours->root, *reference.root,
                standard ? SchemaComparer::Mode::StandardChannel : SchemaComparer::Mode::Exact);
            QVERIFY2(
                diffs.isEmpty(), qPrintable(reference.kindGroup() + u' ' + version + u":\n"_s + diffs.join(u'\n')));
        }
    }
}

void TestSchema::matchesApoxyOpenApi()
{
    if (!haveCrds)
        QSKIP(kNoCrds);
    const SchemaLoader::Result apoxy
        = SchemaLoader::fromOpenApiComponent(test::readFile(crdDir + u"/apoxy_console_openapi.json"_s),
            u"com.github.apoxy-dev.apoxy.api.core.v1alpha2.Backend"_s, u"core.apoxy.dev"_s, u"Backend"_s,
            { u"v1alpha2"_s }, false, u"apoxy_console_openapi.json"_s);
    QCOMPARE(apoxy.error, QString());
    const KindSchema* ours = SchemaRegistry::builtin()->find(u"core.apoxy.dev", u"Backend", u"v1alpha2");
    QVERIFY(ours);
    QVERIFY(!ours->namespaced); // Apoxy serves Backends cluster-wide
    // The dump carries no enums or bounds (they live in Go markers): ours may add them.
    const QStringList diffs
        = SchemaComparer::differences(*ours->root, *apoxy.schemas[0].root, SchemaComparer::Mode::Subset);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
}

void TestSchema::everyFieldIsDescribed()
{
    for (const KindSchema* k : SchemaRegistry::builtin()->all()) {
        QStringList missing;
        collectUndescribed(*k->root, QString(), &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(k->kindGroup() + u": "_s + missing.join(u", "_s)));
    }
}

void TestSchema::comparerFindsDrift()
{
    // The comparison must notice a changed bound, a renamed field and a lost enum value.
    QFile f(QStringLiteral(BW_SOURCE_DIR "/resources/schema/envoygateway-backend.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    const auto load = [](const QByteArray& json) {
        SchemaLoader::Result r = SchemaLoader::fromDescriptor(json, u"test"_s);
        return r.schemas.empty() ? nullptr : r.schemas[0].root;
    };
    const auto reference = load(original);
    QVERIFY(reference);
    QVERIFY(SchemaComparer::differences(*reference, *reference, SchemaComparer::Mode::Exact).isEmpty());

    QByteArray changedBound = original;
    changedBound.replace("\"maximum\": 65535", "\"maximum\": 65534");
    QVERIFY(changedBound != original);
    QVERIFY(SchemaComparer::differences(*load(changedBound), *reference, SchemaComparer::Mode::Exact)
                .join(u'\n')
                .contains(u"maximum is 65534 here but 65535"_s));

    QByteArray renamed = original;
    renamed.replace("\"fallback\"", "\"fallbak\"");
    const QStringList renamedDiffs
        = SchemaComparer::differences(*load(renamed), *reference, SchemaComparer::Mode::Exact);
    QVERIFY(renamedDiffs.contains(u"spec.fallback: field missing here"_s));
    QVERIFY(renamedDiffs.contains(u"spec.fallbak: field not in the reference"_s));

    QByteArray lostEnum = original;
    lostEnum.replace("\"DynamicResolver\"", "\"Dynamic\"");
    QVERIFY(lostEnum != original);
    QVERIFY(SchemaComparer::differences(*load(lostEnum), *reference, SchemaComparer::Mode::Exact)
                .join(u'\n')
                .contains(u"spec.type: enum"_s));
}

void TestSchema::crdLoaderReportsLocatedErrors()
{
    const SchemaLoader::Result notCrd = SchemaLoader::fromCrd("apiVersion: v1\nkind: ConfigMap\n", u"x.yaml"_s);
    QVERIFY2(notCrd.error.startsWith(u"x.yaml:1:1: "_s), qPrintable(notCrd.error));
    const SchemaLoader::Result broken = SchemaLoader::fromCrd("kind: [\n", u"y.yaml"_s);
    QVERIFY2(broken.error.startsWith(u"y.yaml:"_s), qPrintable(broken.error));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
