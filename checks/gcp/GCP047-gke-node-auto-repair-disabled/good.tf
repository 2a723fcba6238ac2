variable "flag" {
  type = bool
}

resource "google_container_node_pool" "default" {
  name    = "default"
  cluster = "prod"
}

resource "google_container_node_pool" "explicit" {
  name    = "batch"
  cluster = "prod"

  management {
    auto_repair = true
  }
}

# Unknown here: no finding.
resource "google_container_node_pool" "from_var" {
  name    = "spot"
  cluster = "prod"

  management {
    auto_repair = var.flag
  }
}
