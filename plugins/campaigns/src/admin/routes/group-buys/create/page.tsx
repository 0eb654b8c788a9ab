import { Container, Heading } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { DealForm } from "../../../components/deal-form"

/** New Borong Bareng (saved as a draft, published from its detail page). */
const CreateGroupBuyPage = () => {
  const navigate = useNavigate()
  return (
    <Container className="flex flex-col gap-y-4 p-6">
      <Heading level="h1">Buat Borong Bareng</Heading>
      <DealForm onSaved={(d) => navigate(`/group-buys/${d.id}`)} />
    </Container>
  )
}
export default CreateGroupBuyPage
