variable "insights" {
  type = string
}

resource "aws_ecs_cluster" "apps" {
  name = "apps"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster" "configurable" {
  name = "configurable"
  setting {
    name  = "containerInsights"
    value = var.insights
  }
}
