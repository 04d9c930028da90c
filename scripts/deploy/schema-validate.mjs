// Validates Kubernetes objects against the OpenAPI schemas that kubernetes-models (core API) and
// @kubernetes-models/strimzi-kafka-operator (Strimzi CRDs) ship. Those packages are ES modules only,
// which Jest (CommonJS here) cannot load, so scripts/deploy/schema-validate.ts runs this file with
// plain node: a JSON array of objects on stdin, one result per object on stdout:
//   { status: 'ok' } | { status: 'invalid', errors: ['/spec/replicas must be integer', ...] } | { status: 'no-schema' }
const PACKAGES = {
  'kafka.strimzi.io': '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io',
  'core.strimzi.io': '@kubernetes-models/strimzi-kafka-operator/core.strimzi.io',
};

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const base = PACKAGES[group] ?? (group ? `kubernetes-models/${group}` : 'kubernetes-models');
  try {
    const mod = await import(`${base}/${version}/${kind}`);
    return mod[kind];
  } catch (err) {
    if (err && (err.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || err.code === 'ERR_MODULE_NOT_FOUND')) return undefined;
    throw err;
  }
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const obj of JSON.parse(input)) {
  const Model = await modelFor(String(obj.apiVersion), String(obj.kind));
  if (!Model) {
    results.push({ status: 'no-schema' });
    continue;
  }
  try {
    new Model(obj).validate();
    results.push({ status: 'ok' });
  } catch (err) {
    const errors = Array.isArray(err.errors)
      ? err.errors.map(
          (e) =>
            `${e.instancePath || '/'} ${e.message}${e.params && e.params.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}`,
        )
      : [String(err.message)];
    results.push({ status: 'invalid', errors });
  }
}
process.stdout.write(JSON.stringify(results));
