variable "issue_cert" {
  type = bool
}

resource "google_container_cluster" "no_cert" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    username = ""
    client_certificate_config {
      issue_client_certificate = var.issue_cert
    }
  }
}
