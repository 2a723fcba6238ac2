resource "aws_dlm_lifecycle_policy" "ebs" {
  description        = "daily snapshots"
  execution_role_arn = "arn:aws:iam::111122223333:role/dlm"

  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { backup = "daily" }

    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule { # expect: AWS413
        target    = "eu-central-1"
        encrypted = false
        retain_rule {
          interval      = 7
          interval_unit = "DAYS"
        }
      }
    }
  }
}
