import { ReferenceInput, SelectInput } from 'react-admin';

/** The network's filter by collectivity, on every cross-member list. */
export function CollectivityFilter(props: { source: string; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source={props.source} reference="collectivities" perPage={100} alwaysOn={props.alwaysOn}>
      <SelectInput optionText="nameFr" />
    </ReferenceInput>
  );
}
