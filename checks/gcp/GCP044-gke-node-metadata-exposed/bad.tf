resource "google_container_node_pool" "exposed" {
  name    = "default"
  cluster = "prod"

  node_config {
    machine_type = "e2-standard-4"

    workload_metadata_config {
      mode = "GCE_METADATA" # expect: GCP044
    }
  }
}

resource "google_container_cluster" "inline" {
  name     = "legacy"
  location = "europe-west1"

  node_pool {
    name       = "default"
    node_count = 1

    node_config {
      workload_metadata_config {
        node_metadata = "EXPOSE" # expect: GCP044
      }
    }
  }
}
