-- A deleted KPI or KGI is no input of any progress: its progress_input row now goes with it (KpiDefinitions). The rows
-- of the definitions deleted before are removed here; metric ids and '*' are kept.
delete from progress_input i
 where i.input ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
   and not exists (select 1 from kpi_definition d where d.tenant_id = i.tenant_id and d.kpi_id::text = i.input)
   and not exists (select 1 from kgi_definition d where d.tenant_id = i.tenant_id and d.kgi_id::text = i.input);
