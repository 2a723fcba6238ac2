variable "condition" {
  type = string
}

resource "google_iam_workload_identity_pool_provider" "github" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "github"
  attribute_condition                = "assertion.repository_owner_id == \"123456789\""
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

# AWS providers are bound to one account by `aws.account_id`.
resource "google_iam_workload_identity_pool_provider" "aws" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "aws"
  aws {
    account_id = "999999999999"
  }
}

resource "google_iam_workload_identity_pool_provider" "disabled" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "old"
  disabled                           = true
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

# Unknown here: no finding.
resource "google_iam_workload_identity_pool_provider" "from_var" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "other"
  attribute_condition                = var.condition
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}
