variable "disable_legacy" {
  type = string
}

resource "google_container_node_pool" "current" {
  name    = "default"
  cluster = "prod"

  node_config {
    metadata = {
      disable-legacy-endpoints = "true"
    }
  }
}

# Unknown here: no finding.
resource "google_container_node_pool" "from_var" {
  name    = "batch"
  cluster = "prod"

  node_config {
    metadata = {
      disable-legacy-endpoints = var.disable_legacy
    }
  }
}
