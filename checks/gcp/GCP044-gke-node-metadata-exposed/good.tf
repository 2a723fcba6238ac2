variable "metadata_mode" {
  type = string
}

resource "google_container_node_pool" "hidden" {
  name    = "default"
  cluster = "prod"

  node_config {
    machine_type = "e2-standard-4"

    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

# Unknown here: no finding.
resource "google_container_node_pool" "from_var" {
  name    = "batch"
  cluster = "prod"

  node_config {
    workload_metadata_config {
      mode = var.metadata_mode
    }
  }
}
