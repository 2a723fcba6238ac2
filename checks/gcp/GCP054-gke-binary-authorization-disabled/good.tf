variable "binauthz_mode" {
  type = string
}

resource "google_container_cluster" "enforced" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }
}

# Provider versions before 4.31 used a boolean.
resource "google_container_cluster" "legacy" {
  name                        = "legacy"
  location                    = "europe-west1"
  initial_node_count          = 1
  enable_binary_authorization = true
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1

  binary_authorization {
    evaluation_mode = var.binauthz_mode
  }
}
