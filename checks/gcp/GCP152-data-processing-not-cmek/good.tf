variable "key" {
  type = string
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    encryption_config {
      kms_key_name = "projects/acme-prod/locations/europe-west1/keyRings/data/cryptoKeys/dataproc"
    }
  }
}

resource "google_dataflow_job" "ingest" {
  name              = "ingest"
  template_gcs_path = "gs://dataflow-templates/latest/PubSub_to_BigQuery"
  temp_gcs_location = "gs://acme-dataflow/tmp"
  kms_key_name      = "projects/acme-prod/locations/europe-west1/keyRings/data/cryptoKeys/dataflow"
}

# Unknown here: no finding.
resource "google_dataflow_flex_template_job" "from_variable" {
  name                    = "enrich"
  container_spec_gcs_path = "gs://acme-dataflow/templates/enrich.json"
  kms_key_name            = var.key
}
