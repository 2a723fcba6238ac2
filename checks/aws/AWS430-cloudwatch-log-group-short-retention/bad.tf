resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/web"
  retention_in_days = 30 # expect: AWS430
}

variable "days" {
  default = 90
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/app/worker"
  retention_in_days = var.days # expect: AWS430
}
