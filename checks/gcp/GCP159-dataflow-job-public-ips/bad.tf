resource "google_dataflow_job" "ingest" { # expect: GCP159
  name              = "ingest"
  template_gcs_path = "gs://dataflow-templates/latest/PubSub_to_BigQuery"
  temp_gcs_location = "gs://acme-dataflow/tmp"
}

resource "google_dataflow_flex_template_job" "enrich" {
  name                    = "enrich"
  container_spec_gcs_path = "gs://acme-dataflow/templates/enrich.json"
  ip_configuration        = "WORKER_IP_PUBLIC" # expect: GCP159
}
