resource "aws_batch_job_definition" "etl" {
  name = "etl"
  type = "container"
  container_properties = jsonencode({ # expect: AWS163
    image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/etl:1.4"
    privileged = true
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "2048" },
    ]
  })
}
