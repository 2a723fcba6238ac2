variable "require_ssl" {
  type = string
}

resource "aws_redshift_parameter_group" "tls" {
  name   = "warehouse-tls"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

# Unknown: a variable without a value.
resource "aws_redshift_parameter_group" "configurable" {
  name   = "warehouse-configurable"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = var.require_ssl
  }
}
