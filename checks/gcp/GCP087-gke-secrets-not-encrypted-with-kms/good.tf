variable "state" {
  type = string
}

resource "google_container_cluster" "encrypted" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  database_encryption {
    state    = "ENCRYPTED"
    key_name = "projects/p/locations/europe-west1/keyRings/gke/cryptoKeys/secrets"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1

  database_encryption {
    state    = var.state
    key_name = "projects/p/locations/europe-west1/keyRings/gke/cryptoKeys/secrets"
  }
}
