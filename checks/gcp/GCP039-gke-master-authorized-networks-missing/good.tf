variable "authorized" {
  type = list(object({ cidr_block = string, display_name = string }))
}

resource "google_container_cluster" "restricted" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "203.0.113.0/24"
      display_name = "office"
    }
  }
}

# Decided by a variable: no finding.
resource "google_container_cluster" "from_var" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  dynamic "master_authorized_networks_config" {
    for_each = var.authorized
    content {
      cidr_blocks {
        cidr_block   = master_authorized_networks_config.value.cidr_block
        display_name = master_authorized_networks_config.value.display_name
      }
    }
  }
}
