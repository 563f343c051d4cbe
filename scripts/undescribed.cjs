const { buildSchema, isObjectType, isInterfaceType, isInputObjectType, isEnumType } = require('graphql');
const fs = require('fs');
const file = process.argv[2];
let sdl = fs.readFileSync(file, 'utf8');
const schema = buildSchema(sdl, { assumeValidSDL: true });
const missing = [];
for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('__') || ['String','Int','Float','Boolean','ID'].includes(type.name)) continue;
  if (!type.description) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type)) for (const f of Object.values(type.getFields())) {
    if (!f.description) missing.push(`${type.name}.${f.name}`);
    for (const a of f.args) if (!a.description) missing.push(`${type.name}.${f.name}(${a.name})`);
  }
  if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
  if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
}
console.log(missing.length); if (process.argv[3]) console.log(missing.join('\n'));
