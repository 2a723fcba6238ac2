resource "google_dataproc_cluster" "etl" { # expect: GCP152
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    master_config {
      num_instances = 1
      machine_type  = "n2-standard-4"
    }
  }
}

resource "google_dataflow_job" "ingest" { # expect: GCP152
  name              = "ingest"
  template_gcs_path = "gs://dataflow-templates/latest/PubSub_to_BigQuery"
  temp_gcs_location = "gs://acme-dataflow/tmp"
}
