resource "aws_redshift_parameter_group" "defaults" { # expect: AWS360
  name   = "warehouse-defaults"
  family = "redshift-1.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "explicit_off" {
  name   = "warehouse-plain"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "false" # expect: AWS360
  }
}
