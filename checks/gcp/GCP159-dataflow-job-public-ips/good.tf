variable "ip_configuration" {
  type = string
}

resource "google_dataflow_job" "ingest" {
  name              = "ingest"
  template_gcs_path = "gs://dataflow-templates/latest/PubSub_to_BigQuery"
  temp_gcs_location = "gs://acme-dataflow/tmp"
  subnetwork        = "regions/europe-west1/subnetworks/dataflow"
  ip_configuration  = "WORKER_IP_PRIVATE"
}

# Unknown here: no finding.
resource "google_dataflow_flex_template_job" "from_variable" {
  name                    = "enrich"
  container_spec_gcs_path = "gs://acme-dataflow/templates/enrich.json"
  ip_configuration        = var.ip_configuration
}
